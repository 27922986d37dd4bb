using GraphQL;
using FederatedGraph.Authorization;
using GraphQL.Types;

namespace FederatedGraph.Security;

/// <summary>A GraphQL.NET schema as <see cref="ISchemaShape"/>, so a registry resolves its own authorisations against the
/// schema it serves.</summary>
public sealed class GraphQLSchemaShape(ISchema schema) : ISchemaShape
{
    public IReadOnlyList<string>? FieldsOf(string type)
        => schema.AllTypes[type] is IComplexGraphType complex ? [.. complex.Fields.Select(f => f.Name)] : null;

    public string? FieldTypeName(string type, string field)
        => Field(type, field)?.ResolvedType?.GetNamedType().Name;

    public IReadOnlyList<string>? ArgumentsOf(string type, string field)
        => Field(type, field) is { } definition ? [.. (definition.Arguments ?? []).Select(a => a.Name)] : null;

    private IFieldType? Field(string type, string field) => (schema.AllTypes[type] as IComplexGraphType)?.GetField(field);
}
