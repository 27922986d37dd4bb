using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>
/// A source schema may declare the Composite Schemas directives and scalars itself, but only as specified:
/// composition reads them with the specified meaning.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Type-Definition-Invalid"/>
public sealed class TypeDefinitionInvalidRule : ISourceSchemaRule
{
    public string Code => "TYPE_DEFINITION_INVALID";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var specified in BuiltInDefinitions.Composite.Types)
        {
            if (schema.Types[specified.Name] is not { } declared || declared.Kind == specified.Kind) continue;
            log.Error(Code, schema, declared,
                $"{declared.Name} is declared as {Describe(declared.Kind)}, but the Composite Schemas spec defines it as {Describe(specified.Kind)}. Declare it as 'scalar {declared.Name}', or leave the declaration out.");
        }

        foreach (var specified in BuiltInDefinitions.Composite.DirectiveDefinitions)
        {
            if (schema.DirectiveDefinitions[specified.Name] is not { } declared) continue;
            foreach (var difference in DirectiveShape.Differences(specified, declared))
                log.Error(Code, schema, declared,
                    $"The declaration of @{declared.Name} does not match the Composite Schemas spec: {difference}. Declare it as specified, or leave the declaration out.");
        }
    }

    private static string Describe(TypeKind kind) => kind switch
    {
        TypeKind.InputObject => "an input object",
        TypeKind.Interface => "an interface",
        TypeKind.Enum => "an enum",
        TypeKind.Union => "a union",
        TypeKind.Object => "an object type",
        _ => "a scalar",
    };
}
