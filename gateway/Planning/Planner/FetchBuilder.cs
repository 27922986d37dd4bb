using FederatedGraph.Gateway.Planning.Plans;
using FederatedGraph.Gateway.Planning.Schema;

namespace FederatedGraph.Gateway.Planning.Planner;

/// <summary>A fetch while the planner is still adding fields to it.</summary>
internal sealed class FetchBuilder(int order, string sourceSchema, FetchKind kind, IReadOnlyList<PathStep> target, Lookup? lookup)
{
    /// <summary>Creation order; the final ids follow the dependency order.</summary>
    public int Order { get; } = order;

    public string SourceSchema { get; } = sourceSchema;

    public FetchKind Kind { get; } = kind;

    public IReadOnlyList<PathStep> Target { get; } = target;

    public Lookup? Lookup { get; } = lookup;

    public HashSet<FetchBuilder> DependsOn { get; } = [];

    /// <summary>The selection set at the target: the root selection, or what the lookup field selects.</summary>
    public SubgraphSelectionSet Selections { get; } = new();

    public List<string> ResponseNames { get; } = [];

    public List<EntityVariable> Variables { get; } = [];

    /// <summary>Entity fetches: the variable of each lookup argument, in the lookup's order.</summary>
    public List<string> KeyVariables { get; } = [];

    /// <summary>Apollo entity fetches: the key's fields of the entity, which its representations carry.</summary>
    public List<string> KeyFields { get; } = [];

    /// <summary>Apollo entity fetches: the fields its representations carry for <c>@requires</c>, by name.</summary>
    public List<string> RequiredFields { get; } = [];

    /// <summary>Apollo entity fetches: where a required field with arguments is found in the result, when not under its hidden alias.</summary>
    public Dictionary<string, string> RequiredAliases { get; } = [];

    public void AddRequiredField(string field, string alias)
    {
        if (KeyFields.Contains(field) || RequiredFields.Contains(field)) return;
        RequiredFields.Add(field);
        if (alias != ReservedNames.Prefix + field) RequiredAliases[field] = alias;
    }

    public void AddResponseName(string responseName)
    {
        if (!ResponseNames.Contains(responseName)) ResponseNames.Add(responseName);
    }

    /// <summary>Adds a variable filled per entity from <paramref name="valuePath"/>; the same value gets the same variable.</summary>
    public string AddVariable(string prefix, string type, IReadOnlyList<string> valuePath)
    {
        foreach (var existing in Variables)
            if (existing.Type == type && existing.ValuePath.SequenceEqual(valuePath)) return existing.Name;
        var name = $"{ReservedNames.Prefix}{prefix}{Variables.Count(v => v.Name.StartsWith(ReservedNames.Prefix + prefix, StringComparison.Ordinal))}";
        Variables.Add(new EntityVariable(name, type, valuePath));
        return name;
    }
}
