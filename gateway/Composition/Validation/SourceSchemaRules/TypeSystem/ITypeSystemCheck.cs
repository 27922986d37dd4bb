using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules.TypeSystem;

/// <summary>Reports one problem of a source schema at the place it was written.</summary>
internal delegate void Report(SourceLocation location, string message);

/// <summary>One part of the GraphQL spec's type system validation, as run by INVALID_GRAPHQL.</summary>
internal interface ITypeSystemCheck
{
    void Check(SchemaModel schema, Report report);
}
