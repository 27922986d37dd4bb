using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules.TypeSystem;

/// <summary>
/// Every applied directive must be defined (by the schema, GraphQL or the Composite Schemas spec), allowed at
/// its location, applied once unless repeatable, and given exactly its arguments with fitting values.
/// </summary>
internal sealed class DirectiveUsageCheck : ITypeSystemCheck
{
    public void Check(SchemaModel schema, Report report)
    {
        foreach (var (directives, location, what) in Annotated(schema))
        {
            foreach (var application in directives)
            {
                if (BuiltInDefinitions.Directive(schema, application.Name) is not { } definition)
                {
                    report(application.Location, $"The directive @{application.Name} on {what} is not defined. Declare it with 'directive @{application.Name} on {location}', or fix the name.");
                    continue;
                }
                if (!definition.Locations.Contains(location))
                    report(application.Location, $"@{application.Name} cannot be applied to {what}: it is allowed on {string.Join(" | ", definition.Locations)}, not on {location}. Move or remove it.");
                CheckArguments(schema, application, definition, what, report);
            }
            foreach (var repeated in directives.GroupBy(d => d.Name).Where(g => g.Count() > 1))
            {
                if (BuiltInDefinitions.Directive(schema, repeated.Key) is { IsRepeatable: false })
                    report(repeated.ElementAt(1).Location, $"@{repeated.Key} is applied to {what} more than once, but it is not repeatable. Keep one.");
            }
        }
    }

    private static void CheckArguments(SchemaModel schema, DirectiveApplication application, DirectiveDefinition definition, string what, Report report)
    {
        foreach (var (name, value) in application.Arguments)
        {
            if (definition.Arguments[name] is not { } argument)
                report(application.Location, $"@{application.Name} on {what} has no argument '{name}'. Remove it{Known(definition)}.");
            else if (InputValueCoercion.Problem(schema, value, argument.Type) is { } problem)
                report(application.Location, $"The argument '{name}' of @{application.Name} on {what} does not fit {argument.Type}: {problem}. Give a {argument.Type}.");
        }
        foreach (var missing in definition.Arguments.Where(a => a.Type.IsNonNull && a.DefaultValue is null && !application.Arguments.ContainsKey(a.Name)))
            report(application.Location, $"@{application.Name} on {what} lacks its required argument '{missing.Name}: {missing.Type}'. Add it.");
    }

    private static string Known(DirectiveDefinition definition)
        => definition.Arguments.Count == 0 ? "" : "; it takes " + string.Join(", ", definition.Arguments.Select(a => $"'{a.Name}'"));

    /// <summary>Every place directives are applied, with its directive location name and a description for messages.</summary>
    private static IEnumerable<(IReadOnlyList<DirectiveApplication> Directives, string Location, string What)> Annotated(SchemaModel schema)
    {
        yield return (schema.SchemaDirectives, "SCHEMA", "the schema");
        foreach (var type in schema.Types)
        {
            yield return (type.Directives, Location(type.Kind), type.Name);
            switch (type)
            {
                case ComplexTypeDefinition complex:
                    foreach (var field in complex.Fields)
                    {
                        yield return (field.Directives, "FIELD_DEFINITION", $"{type.Name}.{field.Name}");
                        foreach (var argument in field.Arguments)
                            yield return (argument.Directives, "ARGUMENT_DEFINITION", SourceSchemaElements.Coordinate(complex, field, argument));
                    }
                    break;
                case InputObjectTypeDefinition input:
                    foreach (var field in input.Fields) yield return (field.Directives, "INPUT_FIELD_DEFINITION", $"{type.Name}.{field.Name}");
                    break;
                case EnumTypeDefinition enumType:
                    foreach (var value in enumType.Values) yield return (value.Directives, "ENUM_VALUE", $"{type.Name}.{value.Name}");
                    break;
            }
        }
        foreach (var directive in schema.DirectiveDefinitions)
            foreach (var argument in directive.Arguments)
                yield return (argument.Directives, "ARGUMENT_DEFINITION", $"@{directive.Name}({argument.Name}:)");
    }

    private static string Location(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "SCALAR",
        TypeKind.Object => "OBJECT",
        TypeKind.Interface => "INTERFACE",
        TypeKind.Union => "UNION",
        TypeKind.Enum => "ENUM",
        _ => "INPUT_OBJECT",
    };
}
