using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace FederatedGraph.Composition.FieldSelection;

/// <summary>
/// A <c>FieldSelectionSet</c> value, as in <c>@key(fields: "id owner { id }")</c> or <c>@provides(fields:)</c>:
/// a selection set written without its outer braces.
/// </summary>
public static class FieldSelectionSet
{
    /// <summary>Parses the value; on a syntax error returns null and says why.</summary>
    public static GraphQLSelectionSet? TryParse(string value, out string? error)
    {
        try
        {
            var document = Parser.Parse("{" + value + "}", new ParserOptions { Ignore = IgnoreOptions.All });
            if (document.Definitions is [GraphQLOperationDefinition { SelectionSet: { } selectionSet }])
            {
                error = null;
                return selectionSet;
            }
            error = "it is not a single selection set";
            return null;
        }
        catch (GraphQLSyntaxErrorException e)
        {
            error = e.Description;
            return null;
        }
    }

    /// <summary>Every field selection in the set, depth first, with the fields above it.</summary>
    public static IEnumerable<(GraphQLField Field, IReadOnlyList<GraphQLField> Parents)> Fields(GraphQLSelectionSet set)
        => Fields(set, []);

    private static IEnumerable<(GraphQLField, IReadOnlyList<GraphQLField>)> Fields(GraphQLSelectionSet set, IReadOnlyList<GraphQLField> parents)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return (field, parents);
                    if (field.SelectionSet is { } inner)
                        foreach (var nested in Fields(inner, [.. parents, field])) yield return nested;
                    break;
                case GraphQLInlineFragment { SelectionSet: { } fragmentSet }:
                    foreach (var nested in Fields(fragmentSet, parents)) yield return nested;
                    break;
            }
        }
    }
}
