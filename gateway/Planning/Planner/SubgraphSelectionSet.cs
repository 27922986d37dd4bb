using FederatedGraph.Gateway.Planning.Plans;
using GraphQLParser.AST;

namespace FederatedGraph.Gateway.Planning.Planner;

/// <summary>A selection set of a subgraph document while it is being planned.</summary>
internal sealed class SubgraphSelectionSet
{
    public List<SubgraphSelection> Items { get; } = [];

    public void Add(SubgraphSelection selection) => Items.Add(selection);

    /// <summary>
    /// Selects a value the gateway needs itself (a key, a required field, the type name) under a reserved alias
    /// that no client alias can take, once; returns the response names that lead to the value.
    /// </summary>
    public IReadOnlyList<string> AddHidden(IReadOnlyList<string> fields)
    {
        var alias = HiddenAlias(fields[0]);
        var hidden = Items.OfType<SubgraphField>().FirstOrDefault(f => f.Alias == alias);
        if (hidden is null)
        {
            hidden = new SubgraphField(alias, fields[0], [], [], fields.Count > 1 ? new SubgraphSelectionSet() : null);
            Items.Add(hidden);
        }
        var selections = hidden.SelectionSet;
        for (var i = 1; i < fields.Count; i++)
        {
            var field = selections!.Items.OfType<SubgraphField>().FirstOrDefault(f => f.Alias is null && f.Name == fields[i]);
            if (field is null)
            {
                field = new SubgraphField(null, fields[i], [], [], i < fields.Count - 1 ? new SubgraphSelectionSet() : null);
                selections.Items.Add(field);
            }
            selections = field.SelectionSet;
        }
        return [alias, .. fields.Skip(1)];
    }

    /// <summary>
    /// Selects a field set (an Apollo key) the gateway needs itself: its top-level fields under reserved aliases,
    /// merged with what is already selected so, and the fields below them by their own names.
    /// </summary>
    public void AddHidden(GraphQLSelectionSet fields) => Merge(fields, hidden: true);

    private void Merge(GraphQLSelectionSet fields, bool hidden)
    {
        foreach (var selection in fields.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var name = field.Name.StringValue;
                    var alias = hidden ? HiddenAlias(name) : null;
                    var existing = Items.OfType<SubgraphField>().FirstOrDefault(f => f.Alias == alias && f.Name == name);
                    if (existing is null)
                    {
                        existing = new SubgraphField(alias, name, field.Arguments?.Items ?? [], [], field.SelectionSet is null ? null : new SubgraphSelectionSet());
                        Items.Add(existing);
                    }
                    if (field.SelectionSet is not null) existing.SelectionSet!.Merge(field.SelectionSet, hidden: false);
                    break;
                case GraphQLInlineFragment fragment when fragment.TypeCondition is { } condition:
                    // The type name tells the subgraph which object it is, as in a representation.
                    if (!Items.OfType<SubgraphField>().Any(f => f.Alias is null && f.Name == "__typename"))
                        Items.Add(new SubgraphField(null, "__typename", [], [], null));
                    TypeFragment(condition.Type.Name.StringValue).Merge(fragment.SelectionSet, hidden: false);
                    break;
            }
        }
    }

    /// <summary>The fragment <c>... on Type</c> for an object type in an abstract position, once per type.</summary>
    public SubgraphSelectionSet TypeFragment(string typeCondition)
    {
        var fragment = Items.OfType<SubgraphInlineFragment>().FirstOrDefault(f => f.TypeCondition == typeCondition && f.Directives.Count == 0);
        if (fragment is null)
        {
            fragment = new SubgraphInlineFragment(typeCondition, [], new SubgraphSelectionSet());
            Items.Add(fragment);
        }
        return fragment.SelectionSet;
    }

    /// <summary>A fragment without type condition that carries a client fragment's <c>@skip</c>/<c>@include</c>.</summary>
    public SubgraphSelectionSet ConditionalFragment(IReadOnlyList<GraphQLDirective> directives)
    {
        var fragment = new SubgraphInlineFragment(null, directives, new SubgraphSelectionSet());
        Items.Add(fragment);
        return fragment.SelectionSet;
    }

    public static string HiddenAlias(string field) => field == "__typename" ? ReservedNames.TypeName : ReservedNames.Prefix + field;
}

internal abstract record SubgraphSelection;

internal sealed record SubgraphField(
    string? Alias,
    string Name,
    IReadOnlyList<GraphQLArgument> Arguments,
    IReadOnlyList<GraphQLDirective> Directives,
    SubgraphSelectionSet? SelectionSet) : SubgraphSelection;

internal sealed record SubgraphInlineFragment(
    string? TypeCondition,
    IReadOnlyList<GraphQLDirective> Directives,
    SubgraphSelectionSet SelectionSet) : SubgraphSelection;
