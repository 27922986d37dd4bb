using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;
using FederatedGraph.Composition.SourceSchemas;
using FederatedGraph.Composition.Validation.SourceSchemaRules.TypeSystem;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>
/// A source schema must be a valid GraphQL schema. The SDL reader already reports syntax errors and duplicate
/// definitions; this rule runs the type system validation of the GraphQL spec on what it read, with the
/// Composite Schemas directives and scalars known even when the schema does not declare them.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Invalid-GraphQL"/>
public sealed class InvalidGraphQLRule : ISourceSchemaRule
{
    private static readonly ITypeSystemCheck[] Checks =
    [
        new RootOperationTypeCheck(),
        new NameCheck(),
        new TypeDefinitionCheck(),
        new TypeReferenceCheck(),
        new InterfaceImplementationCheck(),
        new InputObjectCycleCheck(),
        new DirectiveUsageCheck(),
        new DefaultValueCheck(),
    ];

    public string Code => SdlReader.InvalidGraphQL;

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var check in Checks)
            check.Check(schema, (location, message) => log.Error(Code, schema.Name, location, message));
    }
}
