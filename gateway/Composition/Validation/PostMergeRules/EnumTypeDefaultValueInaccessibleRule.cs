using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;
using GraphQLParser.AST;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <summary>
/// A default value that clients can see must not use an enum value they cannot see, also not nested inside a list
/// or input object default.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Enum-Type-Default-Value-Inaccessible"/>
public sealed class EnumTypeDefaultValueInaccessibleRule : IPostMergeRule
{
    public string Code => "ENUM_TYPE_DEFAULT_VALUE_INACCESSIBLE";

    public void Validate(MergedSchema merged, CompositionLog log)
    {
        var schema = merged.Schema;
        foreach (var type in schema.VisibleComplexTypes())
            foreach (var field in type.Fields.Visible())
                foreach (var argument in field.Arguments.Visible())
                    Check(log, schema, argument, $"{type.Name}.{field.Name}({argument.Name}:)", () => SourceDefinitions.OfArgument(merged, type.Name, field.Name, argument.Name));

        foreach (var input in schema.Types.OfType<InputObjectTypeDefinition>().Visible())
            foreach (var field in input.Fields.Visible())
                Check(log, schema, field, $"{input.Name}.{field.Name}", () => SourceDefinitions.OfInputField(merged, input.Name, field.Name));
    }

    private void Check(CompositionLog log, SchemaModel schema, InputValueDefinition value, string coordinate, Func<IEnumerable<SourceDefinition<InputValueDefinition>>> definitions)
    {
        if (value.DefaultValue is not { } defaultValue || HiddenEnumValue(schema, defaultValue, value.Type) is not { } hidden) return;

        // The merged default is the first one a source schema gives, so that schema is the one to change.
        var at = definitions().First(d => d.Element.DefaultValue is not null);
        log.Error(Code, at,
            $"The default value of {coordinate} uses {hidden}, which is @inaccessible. Choose a default that clients can see, or remove @inaccessible from {hidden}.");
    }

    /// <summary>The first inaccessible enum value (as <c>Enum.VALUE</c>) in the value, read as the given type; null when there is none.</summary>
    private static string? HiddenEnumValue(SchemaModel schema, GraphQLValue value, TypeReference type) => (value, type.Nullable(), schema.Types[type.NamedType]) switch
    {
        (GraphQLListValue list, ListTypeReference listType, _) => list.Values?.Select(v => HiddenEnumValue(schema, v, listType.OfType)).FirstOrDefault(h => h is not null),
        // A single value is accepted where a list is expected (input coercion).
        (_, ListTypeReference listType, _) => HiddenEnumValue(schema, value, listType.OfType),
        (GraphQLObjectValue obj, _, InputObjectTypeDefinition input) => obj.Fields?
            .Select(f => input.Fields[f.Name.StringValue] is { } field ? HiddenEnumValue(schema, f.Value, field.Type) : null)
            .FirstOrDefault(h => h is not null),
        (GraphQLEnumValue enumValue, _, EnumTypeDefinition enumType) => enumType.Values[enumValue.Name.StringValue] is { } member && member.IsInaccessible()
            ? $"{enumType.Name}.{member.Name}"
            : null,
        _ => null,
    };
}
