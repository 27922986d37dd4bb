using FederatedGraph.Composition.Model;
using GraphQLParser.AST;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>The walks over a source schema that many rules share.</summary>
internal static class SourceSchemaElements
{
    /// <summary>Every field of every object and interface type, with its type.</summary>
    public static IEnumerable<(ComplexTypeDefinition Type, OutputFieldDefinition Field)> Fields(this SchemaModel schema)
        => schema.ComplexTypes.SelectMany(type => type.Fields.Select(field => (type, field)));

    /// <summary>Every argument of every field of every object and interface type.</summary>
    public static IEnumerable<(ComplexTypeDefinition Type, OutputFieldDefinition Field, InputValueDefinition Argument)> FieldArguments(this SchemaModel schema)
        => schema.Fields().SelectMany(f => f.Field.Arguments.Select(argument => (f.Type, f.Field, argument)));

    /// <summary>True when the directive has the argument but its value is not a string literal.</summary>
    public static bool HasNonStringArgument(this DirectiveApplication directive, string argument)
        => directive.Arguments.TryGetValue(argument, out var value) && value is not GraphQLStringValue;

    /// <summary>E.g. <c>Persoon.adres</c>, or <c>Query.persoon(bsn:)</c> for an argument.</summary>
    public static string Coordinate(ComplexTypeDefinition type, OutputFieldDefinition field, InputValueDefinition? argument = null)
        => argument is null ? $"{type.Name}.{field.Name}" : $"{type.Name}.{field.Name}({argument.Name}:)";
}
