using FederatedGraph.Authorization;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Authorisations;

/// <summary>A source schema as <see cref="ISchemaShape"/>, so its authorisations are resolved against exactly what it declares.</summary>
internal sealed class SchemaModelShape(SchemaModel schema) : ISchemaShape
{
    public IReadOnlyList<string>? FieldsOf(string type)
        => schema.Type<ComplexTypeDefinition>(type) is { } complex ? [.. complex.Fields.Select(f => f.Name)] : null;

    public string? FieldTypeName(string type, string field) => Field(type, field)?.Type.NamedType;

    public IReadOnlyList<string>? ArgumentsOf(string type, string field)
        => Field(type, field) is { } definition ? [.. definition.Arguments.Select(a => a.Name)] : null;

    private OutputFieldDefinition? Field(string type, string field) => schema.Type<ComplexTypeDefinition>(type)?.Fields[field];
}
