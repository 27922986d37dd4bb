using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules.TypeSystem;

/// <summary>Names starting with "__" belong to introspection, and an enum value cannot be true, false or null.</summary>
internal sealed class NameCheck : ITypeSystemCheck
{
    public void Check(SchemaModel schema, Report report)
    {
        foreach (var (element, what) in Named(schema))
        {
            if (element.Name.StartsWith("__", StringComparison.Ordinal))
                report(element.Location, $"The {what} '{element.Name}' starts with \"__\", which GraphQL reserves for introspection. Rename it.");
        }
        foreach (var value in schema.Types.OfType<EnumTypeDefinition>().SelectMany(e => e.Values).Where(v => v.Name is "true" or "false" or "null"))
            report(value.Location, $"The enum value '{value.Name}' would read as a {(value.Name == "null" ? "null" : "Boolean")} literal. Rename it.");
    }

    private static IEnumerable<(SchemaElement Element, string What)> Named(SchemaModel schema)
    {
        foreach (var type in schema.Types)
        {
            yield return (type, "type");
            switch (type)
            {
                case ComplexTypeDefinition complex:
                    foreach (var field in complex.Fields)
                    {
                        yield return (field, "field");
                        foreach (var argument in field.Arguments) yield return (argument, "argument");
                    }
                    break;
                case InputObjectTypeDefinition input:
                    foreach (var field in input.Fields) yield return (field, "input field");
                    break;
                case EnumTypeDefinition enumType:
                    foreach (var value in enumType.Values) yield return (value, "enum value");
                    break;
            }
        }
        foreach (var directive in schema.DirectiveDefinitions)
        {
            yield return (directive, "directive");
            foreach (var argument in directive.Arguments) yield return (argument, "argument");
        }
    }
}
