using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>
/// Built-in scalars, introspection types and the arguments of built-in directives are part of GraphQL itself;
/// hiding them with @inaccessible would break every client.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Disallowed-Inaccessible-Elements"/>
public sealed class DisallowedInaccessibleRule : ISourceSchemaRule
{
    public string Code => "DISALLOWED_INACCESSIBLE";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var type in schema.Types.Where(t => BuiltInDefinitions.IsBuiltInScalar(t.Name) || t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            Report(schema, log, type, type.Name);
            if (type is not ComplexTypeDefinition complex) continue;
            foreach (var field in complex.Fields)
            {
                Report(schema, log, field, $"{type.Name}.{field.Name}");
                foreach (var argument in field.Arguments) Report(schema, log, argument, SourceSchemaElements.Coordinate(complex, field, argument));
            }
        }

        foreach (var directive in schema.DirectiveDefinitions.Where(IsBuiltIn))
            foreach (var argument in directive.Arguments)
                Report(schema, log, argument, $"@{directive.Name}({argument.Name}:)");
    }

    private static bool IsBuiltIn(DirectiveDefinition directive)
        => BuiltInDefinitions.GraphQL.DirectiveDefinitions.Contains(directive.Name) || BuiltInDefinitions.Composite.DirectiveDefinitions.Contains(directive.Name);

    private void Report(SchemaModel schema, CompositionLog log, SchemaElement element, string coordinate)
    {
        if (element.Directive(CompositeDirectives.Inaccessible) is { } inaccessible)
            log.Error(Code, schema.Name, inaccessible.Location,
                $"{coordinate} is built into GraphQL and must stay accessible. Remove @inaccessible from it.");
    }
}
