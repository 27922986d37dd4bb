using System.Text.Json;
using FederatedGraph.Authorization;
using GraphQL;
using GraphQLParser.AST;

namespace FederatedGraph.Gateway;

/// <summary>A parsed and validated operation with its variables: as the client sent them (for GraphQL.NET,
/// which answers introspection; empty when the operation has no introspection and its variables needed no coercion)
/// and coerced, as JSON (for the executor); <see cref="Parts"/> says which side answers which root fields, and
/// <see cref="Coordinates"/> which fields and arguments it uses, for the authorisation check.</summary>
public sealed record PreparedOperation(
    GraphQLDocument Document,
    GraphQLOperationDefinition Operation,
    Inputs Inputs,
    JsonElement? CoercedVariables,
    OperationParts Parts,
    OperationCoordinates Coordinates)
{
    /// <summary>Only introspection: the host answers it all.</summary>
    public bool IsIntrospection => Parts.Data is null;
}
