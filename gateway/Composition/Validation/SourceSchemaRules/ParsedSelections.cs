using FederatedGraph.Composition.FieldSelection;
using FederatedGraph.Composition.Model;
using GraphQLParser.AST;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>A <c>@key</c> whose <c>fields</c> is a string that parses, on the type it identifies.</summary>
internal sealed record ParsedKey(ComplexTypeDefinition Type, DirectiveApplication Directive, string Fields, GraphQLSelectionSet Selection);

/// <summary>A <c>@provides</c> whose <c>fields</c> is a string that parses, on its field, with the type the field returns.</summary>
internal sealed record ParsedProvides(
    ComplexTypeDefinition Type, OutputFieldDefinition Field, DirectiveApplication Directive, string Fields, GraphQLSelectionSet Selection, TypeDefinition ReturnType);

/// <summary>
/// The <c>@key</c> and <c>@provides</c> selections that parse. Rules about what a selection selects use these;
/// the syntax and argument-type rules report the others.
/// </summary>
internal static class ParsedSelections
{
    public static IEnumerable<ParsedKey> Keys(SchemaModel schema)
    {
        foreach (var type in schema.ComplexTypes)
            foreach (var key in type.Keys())
                if (key.StringArgument("fields") is { } fields && FieldSelectionSet.TryParse(fields, out _) is { } selection)
                    yield return new ParsedKey(type, key, fields, selection);
    }

    public static IEnumerable<ParsedProvides> Provides(SchemaModel schema)
    {
        foreach (var (type, field) in schema.Fields())
        {
            if (field.Directive(CompositeDirectives.Provides) is not { } provides) continue;
            if (provides.StringArgument("fields") is not { } fields || FieldSelectionSet.TryParse(fields, out _) is not { } selection) continue;
            if (BuiltInDefinitions.Type(schema, field.Type.NamedType) is { } returnType)
                yield return new ParsedProvides(type, field, provides, fields, selection, returnType);
        }
    }
}
