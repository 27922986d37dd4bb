using System.Globalization;
using FederatedGraph.Composition.Model;
using GraphQLParser.AST;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules.TypeSystem;

/// <summary>
/// Whether a literal in the SDL (a default value or a directive argument) can be coerced to its input type,
/// following GraphQL's input coercion rules.
/// </summary>
internal static class InputValueCoercion
{
    /// <summary>Why the value does not fit the type, or null when it does.</summary>
    public static string? Problem(SchemaModel schema, GraphQLValue value, TypeReference type)
    {
        if (value is GraphQLVariable) return "a variable cannot be used in a schema";
        if (value is GraphQLNullValue) return type.IsNonNull ? $"null is not allowed for the non-null type {type}" : null;

        var nullable = type.Nullable();
        if (nullable is ListTypeReference list)
        {
            // A single value stands for a list of one.
            return value is GraphQLListValue items
                ? (items.Values ?? []).Select(item => Problem(schema, item, list.OfType)).FirstOrDefault(p => p is not null)
                : Problem(schema, value, list.OfType);
        }

        return BuiltInDefinitions.Type(schema, nullable.NamedType) switch
        {
            ScalarTypeDefinition scalar => ScalarProblem(scalar.Name, value),
            EnumTypeDefinition enumType => value is GraphQLEnumValue e && enumType.Values.Contains(e.Name.StringValue)
                ? null
                : $"{Describe(value)} is not a value of the enum {enumType.Name}",
            InputObjectTypeDefinition input => InputObjectProblem(schema, input, value),
            // An undefined type is reported where it is referenced.
            _ => null,
        };
    }

    /// <summary>The built-in scalars take the literals GraphQL specifies; a custom scalar takes any literal.</summary>
    private static string? ScalarProblem(string scalar, GraphQLValue value)
    {
        var fits = scalar switch
        {
            "Int" => value is GraphQLIntValue i && int.TryParse(i.Value.Span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "Float" => value is GraphQLIntValue or GraphQLFloatValue,
            "String" => value is GraphQLStringValue,
            "Boolean" => value is GraphQLBooleanValue,
            "ID" => value is GraphQLStringValue or GraphQLIntValue,
            _ => true,
        };
        return fits ? null : $"{Describe(value)} is not a valid {scalar}";
    }

    private static string? InputObjectProblem(SchemaModel schema, InputObjectTypeDefinition input, GraphQLValue value)
    {
        if (value is not GraphQLObjectValue obj) return $"{Describe(value)} is not an input object {input.Name}";
        var given = (obj.Fields ?? []).ToDictionary(f => f.Name.StringValue, f => f.Value, StringComparer.Ordinal);

        if (given.Keys.FirstOrDefault(name => !input.Fields.Contains(name)) is { } unknown)
            return $"{input.Name} has no field '{unknown}'";
        foreach (var field in input.Fields)
        {
            if (!given.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.Type.IsNonNull && field.DefaultValue is null) return $"the required field {input.Name}.{field.Name} is missing";
                continue;
            }
            if (Problem(schema, fieldValue, field.Type) is { } problem) return $"{input.Name}.{field.Name}: {problem}";
        }
        if (input.HasDirective("oneOf") && (given.Count != 1 || given.Values.Single() is GraphQLNullValue))
            return $"{input.Name} is @oneOf, so exactly one of its fields must be given, and not as null";
        return null;
    }

    private static string Describe(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => $"\"{s.Value}\"",
        GraphQLIntValue i => i.Value.ToString(),
        GraphQLFloatValue f => f.Value.ToString(),
        GraphQLBooleanValue b => b.BoolValue ? "true" : "false",
        GraphQLEnumValue e => e.Name.StringValue,
        GraphQLObjectValue => "an object value",
        GraphQLListValue => "a list",
        _ => "the value",
    };
}
