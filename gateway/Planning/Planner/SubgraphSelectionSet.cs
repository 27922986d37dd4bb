using FederatedGraph.Gateway.Planning.Plans;
using FederatedGraph.Gateway.Planning.Schema;
using GraphQLParser.AST;

namespace FederatedGraph.Gateway.Planning.Planner;

/// <summary>A selection set of a subgraph document while it is being planned.</summary>
internal sealed class SubgraphSelectionSet
{
    public List<SubgraphSelection> Items { get; } = [];

    /// <summary>For the selections of a type fragment: the selection set that holds the fragment.</summary>
    public SubgraphSelectionSet? Enclosing { get; private init; }

    public void Add(SubgraphSelection selection) => Items.Add(selection);

    /// <summary>
    /// Selects a value the gateway needs itself (a key, a required field, the type name) under a reserved alias
    /// that no client alias can take, once; returns the response names that lead to the value.
    /// </summary>
    public IReadOnlyList<string> AddHidden(IReadOnlyList<FieldPathSegment> path)
    {
        var responseNames = new List<string>();
        var selections = this;
        for (var i = 0; i < path.Count; i++)
        {
            var field = selections.Hidden(path[i], topLevel: i == 0, leaf: i == path.Count - 1);
            responseNames.Add(field.Alias ?? field.Name);
            if (field.SelectionSet is { } inner) selections = inner;
        }
        return responseNames;
    }

    /// <summary>
    /// The hidden selection of the segment's field with its arguments, added when missing. A field without arguments
    /// is aliased at the top, where client fields are, and stands alone below; one with arguments gets the alias of
    /// its argument list (<see cref="ReservedNames.WithArguments"/>) wherever it is.
    /// </summary>
    private SubgraphField Hidden(FieldPathSegment segment, bool topLevel, bool leaf)
    {
        var alias = segment.Arguments.Count > 0 || topLevel ? HiddenAlias(segment) : null;
        var existing = Items.OfType<SubgraphField>().FirstOrDefault(f => f.Alias == alias && f.Name == segment.Field);
        if (existing is not null) return existing;

        var field = new SubgraphField(alias, segment.Field, segment.Arguments, [], leaf ? null : new SubgraphSelectionSet());
        Items.Add(field);
        return field;
    }

    /// <summary>Selects the object's type name under its reserved alias, which tells the executor the object type.</summary>
    public void AddTypeName() => AddHidden([new FieldPathSegment("__typename", [])]);

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
            fragment = new SubgraphInlineFragment(typeCondition, [], new SubgraphSelectionSet { Enclosing = this });
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

    /// <summary>
    /// Whether a field of another type fragment beside this one has <paramref name="responseName"/> with another
    /// type in the source schema: then the two cannot share the name in one document.
    /// </summary>
    public bool ConflictsBeside(string responseName, string type)
        => Enclosing is { } enclosing
           && enclosing.Items.OfType<SubgraphInlineFragment>()
               .Where(f => f.TypeCondition is not null && !ReferenceEquals(f.SelectionSet, this))
               .SelectMany(f => f.SelectionSet.Items.OfType<SubgraphField>())
               .Any(f => (f.Alias ?? f.Name) == responseName && f.Type is not null && f.Type != type);

    public static string HiddenAlias(string field) => field == "__typename" ? ReservedNames.TypeName : ReservedNames.Prefix + field;

    /// <summary>The alias of a field the gateway selects itself: one per argument list for a field with arguments.</summary>
    public static string HiddenAlias(FieldPathSegment segment)
        => segment.Arguments.Count > 0 ? ReservedNames.WithArguments(segment.Field, segment.ArgumentText) : HiddenAlias(segment.Field);
}

internal abstract record SubgraphSelection;

internal sealed record SubgraphField(
    string? Alias,
    string Name,
    IReadOnlyList<GraphQLArgument> Arguments,
    IReadOnlyList<GraphQLDirective> Directives,
    SubgraphSelectionSet? SelectionSet) : SubgraphSelection
{
    /// <summary>Client fields: the field's type in the source schema.</summary>
    public string? Type { get; init; }
}

internal sealed record SubgraphInlineFragment(
    string? TypeCondition,
    IReadOnlyList<GraphQLDirective> Directives,
    SubgraphSelectionSet SelectionSet) : SubgraphSelection;
