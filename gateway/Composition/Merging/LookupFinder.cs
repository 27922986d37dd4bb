using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Merging;

/// <summary>
/// Finds a source schema's lookups: <c>@lookup</c> fields on the query type, or on types reachable from it
/// through argument-free fields (e.g. an internal <c>lookups</c> holder), with the path that leads to them.
/// </summary>
internal static class LookupFinder
{
    /// <summary>Nested lookup holders deeper than this are not looked for; the spec's examples nest one level.</summary>
    private const int MaxPathLength = 3;

    public static void Record(MergedSchema merged, SchemaModel source)
    {
        if (source.QueryType is not { } query) return;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Visit(merged, source, query, [], insideInternal: query.IsInternal(), visited);
    }

    private static void Visit(MergedSchema merged, SchemaModel source, ComplexTypeDefinition type, List<string> path, bool insideInternal, HashSet<string> visited)
    {
        if (!visited.Add(type.Name) || path.Count > MaxPathLength) return;

        foreach (var field in type.Fields)
        {
            var isInternal = insideInternal || field.IsInternal();
            if (field.IsLookup())
            {
                var lookup = new Lookup(
                    source.Name,
                    field.Name,
                    [.. path],
                    field.Type.NamedType,
                    string.Join(" ", field.Arguments.Select(a => a.IsMap() ?? a.Name)),
                    [.. field.Arguments.Select(a => new LookupArgument(a.Name, a.Type, a.IsMap() ?? a.Name))],
                    isInternal,
                    field.Location);
                if (!merged.Lookups.TryGetValue(lookup.EntityType, out var lookups)) merged.Lookups[lookup.EntityType] = lookups = [];
                lookups.Add(lookup);
            }
            else if (field.Arguments.Count == 0 && !field.Type.IsList && source.Types[field.Type.NamedType] is ComplexTypeDefinition { Kind: TypeKind.Object } holder)
            {
                Visit(merged, source, holder, [.. path, field.Name], isInternal || holder.IsInternal(), visited);
            }
        }
    }
}
