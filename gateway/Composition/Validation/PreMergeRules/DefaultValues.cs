using GraphQLParser.AST;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>Default values written as text, to compare them across schemas and to show them in messages.</summary>
internal static class DefaultValues
{
    /// <summary>The value as GraphQL text with object fields in name order, so equal values give equal text.</summary>
    public static string Canonical(GraphQLValue value) => value switch
    {
        GraphQLStringValue text => "\"" + text.Value.ToString().Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
        GraphQLIntValue number => number.Value.ToString(),
        GraphQLFloatValue number => number.Value.ToString(),
        GraphQLBooleanValue boolean => boolean.Value.ToString(),
        GraphQLEnumValue enumValue => enumValue.Name.StringValue,
        GraphQLListValue list => "[" + string.Join(", ", (list.Values ?? []).Select(Canonical)) + "]",
        GraphQLObjectValue obj => "{ " + string.Join(", ", (obj.Fields ?? [])
            .OrderBy(field => field.Name.StringValue, StringComparer.Ordinal)
            .Select(field => $"{field.Name.StringValue}: {Canonical(field.Value)}")) + " }",
        GraphQLNullValue => "null",
        _ => value.Kind.ToString(),
    };
}
