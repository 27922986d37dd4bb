using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Merging;

/// <summary>The result of merging the source schemas: the composite schema and the source schemas it came from.</summary>
public sealed class MergedSchema(SchemaModel schema, IReadOnlyList<SchemaModel> sourceSchemas)
{
    public SchemaModel Schema { get; } = schema;

    public IReadOnlyList<SchemaModel> SourceSchemas { get; } = sourceSchemas;
}
