using System.Text.Json;
using FederatedGraph.Gateway.Execution.Results;
using FederatedGraph.Gateway.Planning.Plans;

namespace FederatedGraph.Gateway.Execution.Fetching;

/// <summary>
/// The entities of one entity fetch as distinct variable sets: entities with the same keys (and required values)
/// share one set, so each is asked for once, and the answer is merged into all of them.
/// </summary>
internal sealed class EntityBatch
{
    private static readonly JsonElement Null = JsonDocument.Parse("null").RootElement;

    private readonly DistinctEntities<JsonElement[]> _sets = new();
    private readonly IReadOnlyList<EntityVariable> _variables;

    private EntityBatch(IReadOnlyList<EntityVariable> variables) => _variables = variables;

    public int Count => _sets.Count;

    public IReadOnlyList<ResultObject> Targets(int set) => _sets.Targets(set);

    /// <summary>Finds the fetch's entities and their variable values; an entity without a value for a non-null variable is left out.</summary>
    public static EntityBatch Collect(ResultObject root, Fetch fetch, JsonElement? clientVariables)
    {
        var variables = fetch.Lookup!.Variables;
        var batch = new EntityBatch(variables);
        foreach (var target in ResultTargets.Collect(root, fetch.Target))
        {
            var values = new JsonElement[variables.Count];
            var complete = true;
            for (var i = 0; i < variables.Count && complete; i++)
            {
                values[i] = Value(target, variables[i].ValuePath);
                complete = values[i].ValueKind != JsonValueKind.Null || !variables[i].Type.EndsWith('!');
            }
            if (!complete) continue;

            batch._sets.Add(string.Join('\u001f', values.Select(v => v.GetRawText())), values, target);
        }
        return batch;
    }

    /// <summary>
    /// Writes the variables of sets <paramref name="start"/>.. as properties; for an alias batch each set's
    /// variables get the set's suffix. <paramref name="forwarded"/> adds the client's variables once.
    /// </summary>
    public void WriteVariables(Utf8JsonWriter writer, int start, int count, bool aliases, Action<Utf8JsonWriter> forwarded)
    {
        for (var i = 0; i < count; i++)
        {
            var values = _sets.Requests[start + i];
            for (var j = 0; j < _variables.Count; j++)
            {
                writer.WritePropertyName(aliases ? EntityLookup.AliasBatchVariable(_variables[j].Name, i) : _variables[j].Name);
                values[j].WriteTo(writer);
            }
        }
        forwarded(writer);
    }

    public Dictionary<ResultObject, object[]> Paths(ResultObject root, Fetch fetch)
        => ResultTargets.Paths(root, fetch.Target, _sets.AllTargets.ToHashSet());

    private static JsonElement Value(ResultObject target, IReadOnlyList<string> path)
    {
        if (!target.TryGet(path[0], out var value)) return Null;
        for (var i = 1; i < path.Count; i++)
            if (!value.TryGetField(path[i], out value)) return Null;
        return value.Node is null && value.Element.ValueKind != JsonValueKind.Undefined ? value.Element : Null;
    }
}
