using GraphQLParser.AST;

namespace FederatedGraph.Gateway;

/// <summary>
/// Tells introspection operations apart: those selecting only <c>__schema</c>, <c>__type</c> and
/// <c>__typename</c> at the root are answered from the public schema by the host. Schema introspection
/// next to registry fields is refused: the two are answered by different engines.
/// </summary>
public static class IntrospectionSelection
{
    public static bool IsIntrospectionOnly(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First());
        var rootFields = new List<GraphQLField>();
        Collect(operation.SelectionSet, fragments, [], rootFields);

        var schemaFields = rootFields.Where(f => f.Name.StringValue is "__schema" or "__type").ToList();
        var dataFields = rootFields.Count(f => !f.Name.StringValue.StartsWith("__", StringComparison.Ordinal));
        if (schemaFields.Count > 0 && dataFields > 0)
            throw new OperationRejectedException(new RequestError(
                "Send __schema and __type in an operation of their own, without registry fields.",
                RequestErrorCodes.IntrospectionMixedWithData,
                [ErrorLocation.Of(document, schemaFields[0])]));
        return dataFields == 0;
    }

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
}
