using FederatedGraph.GraphQLOverHttp;
using GraphQLParser.AST;

namespace FederatedGraph.Gateway;

/// <summary>
/// Splits an operation by who answers its root fields: <c>__schema</c> and <c>__type</c> are answered by the host
/// from the public schema, registry fields by the executor. An operation with both becomes two operations, each
/// with the root fields of one side (root fragments are inlined, nested selections are shared), and the answers
/// are put back together in the order of <see cref="OperationParts.ResponseNames"/>.
/// </summary>
public static class IntrospectionSelection
{
    public static OperationParts Split(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var fragments = FragmentDefinitions.ByName(document);
        var rootFields = new List<GraphQLField>();
        Collect(operation.SelectionSet, fragments, [], rootFields);

        var hasSchemaFields = rootFields.Any(IsSchemaField);
        var hasDataFields = rootFields.Any(f => !f.Name.StringValue.StartsWith("__", StringComparison.Ordinal));
        if (!hasDataFields) return new OperationParts(document, null, []);
        if (!hasSchemaFields) return new OperationParts(null, document, []);

        // A root __typename may go either way; it stays with the registry fields.
        var names = rootFields.Select(f => (f.Alias?.Name ?? f.Name).StringValue).Distinct().ToList();
        return new OperationParts(
            OnlyRootFields(document, operation, fragments, IsSchemaField),
            OnlyRootFields(document, operation, fragments, f => !IsSchemaField(f)),
            names);
    }

    private static bool IsSchemaField(GraphQLField field) => field.Name.StringValue is "__schema" or "__type";

    private static void Collect(GraphQLSelectionSet selectionSet, Dictionary<string, GraphQLFragmentDefinition> fragments,
        HashSet<string> spread, List<GraphQLField> fields)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    fields.Add(field);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(inline.SelectionSet, fragments, spread, fields);
                    break;
                // A fragment's root fields count once, however often it is spread.
                case GraphQLFragmentSpread fragmentSpread when spread.Add(fragmentSpread.FragmentName.Name.StringValue)
                        && fragments.TryGetValue(fragmentSpread.FragmentName.Name.StringValue, out var fragment):
                    Collect(fragment.SelectionSet, fragments, spread, fields);
                    break;
            }
        }
    }

    /// <summary>The document with only this operation, whose root selection keeps the fields <paramref name="keep"/> accepts.</summary>
    private static GraphQLDocument OnlyRootFields(GraphQLDocument document, GraphQLOperationDefinition operation,
        Dictionary<string, GraphQLFragmentDefinition> fragments, Func<GraphQLField, bool> keep)
    {
        var part = new GraphQLOperationDefinition(Filter(operation.SelectionSet, fragments, keep))
        {
            Operation = operation.Operation,
            Name = operation.Name,
            Variables = operation.Variables,
            Directives = operation.Directives,
        };
        // Root spreads are inlined now; keep the fragments the part still spreads, so each side sees only its own.
        var used = new HashSet<string>();
        SpreadFragments(part.SelectionSet, fragments, used);
        return new GraphQLDocument([part, .. fragments.Values.Where(f => used.Contains(f.FragmentName.Name.StringValue))]);
    }

    private static void SpreadFragments(GraphQLSelectionSet? selectionSet, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> used)
    {
        if (selectionSet is null) return;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    SpreadFragments(field.SelectionSet, fragments, used);
                    break;
                case GraphQLInlineFragment inline:
                    SpreadFragments(inline.SelectionSet, fragments, used);
                    break;
                case GraphQLFragmentSpread spread when used.Add(spread.FragmentName.Name.StringValue)
                        && fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment):
                    SpreadFragments(fragment.SelectionSet, fragments, used);
                    break;
            }
        }
    }

    private static GraphQLSelectionSet Filter(GraphQLSelectionSet selectionSet, Dictionary<string, GraphQLFragmentDefinition> fragments, Func<GraphQLField, bool> keep)
    {
        var kept = new List<ASTNode>();
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when keep(field):
                    kept.Add(field);
                    break;
                case GraphQLInlineFragment inline when Filter(inline.SelectionSet, fragments, keep) is { Selections.Count: > 0 } inner:
                    kept.Add(new GraphQLInlineFragment(inner) { TypeCondition = inline.TypeCondition, Directives = inline.Directives });
                    break;
                // Spread at the root, a fragment becomes an inline fragment of its kept fields with the spread's directives.
                case GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment)
                        && Filter(fragment.SelectionSet, fragments, keep) is { Selections.Count: > 0 } inner:
                    kept.Add(new GraphQLInlineFragment(inner) { TypeCondition = fragment.TypeCondition, Directives = spread.Directives });
                    break;
            }
        }
        return new GraphQLSelectionSet(kept);
    }
}

/// <summary>
/// Who answers an operation: <see cref="Introspection"/> for the host (null when nothing is introspection),
/// <see cref="Data"/> for the executor (null when everything is). When both are set, <see cref="ResponseNames"/>
/// gives the order of the root fields in the answer.
/// </summary>
public sealed record OperationParts(GraphQLDocument? Introspection, GraphQLDocument? Data, IReadOnlyList<string> ResponseNames);
