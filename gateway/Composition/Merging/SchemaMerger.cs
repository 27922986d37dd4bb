using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Merging;

/// <summary>Merges validated source schemas into one composite schema.</summary>
public static class SchemaMerger
{
    public static MergedSchema Merge(IReadOnlyList<SchemaModel> schemas, CompositionLog log)
    {
        _ = log;
        return new MergedSchema(new SchemaModel("composite"), schemas);
    }
}
