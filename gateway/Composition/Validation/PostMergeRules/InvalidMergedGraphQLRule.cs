using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <summary>
/// The merged schema must be valid GraphQL even when every source schema is. The type-system rule that only the
/// combination can break, and that no other post-merge rule covers, is the interface hierarchy: one schema's
/// <c>A implements B</c> and another's <c>B implements A</c> merge into an interface that implements itself.
/// </summary>
/// <remarks>
/// FederatedGraph's own rule: the spec requires a composite schema that is valid GraphQL; this covers the way merging
/// valid schemas can break that which no spec rule names.
/// </remarks>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Post-Merge-Validation"/>
public sealed class InvalidMergedGraphQLRule : IPostMergeRule
{
    public string Code => "INVALID_MERGED_GRAPHQL";

    public void Validate(MergedSchema merged, CompositionLog log)
    {
        var schema = merged.Schema;
        var interfaces = schema.ComplexTypes.Where(t => t.Kind == TypeKind.Interface).ToList();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in interfaces)
        {
            if (reported.Contains(start.Name) || CycleFrom(schema, start.Name) is not { } cycle) continue;
            reported.UnionWith(cycle);

            // Report the edge that leaves the cycle's start, in the schema that declares it.
            var at = SourceDefinitions.OfType(merged, start.Name).First(d => ((ComplexTypeDefinition)d.Element).Interfaces.Contains(cycle[1 % cycle.Count]));
            var declarations = cycle.Select((name, i) => (Name: name, Next: cycle[(i + 1) % cycle.Count]))
                .Select(edge => $"{edge.Name} implements {edge.Next} ({string.Join(", ", SourceDefinitions.OfType(merged, edge.Name).Where(d => ((ComplexTypeDefinition)d.Element).Interfaces.Contains(edge.Next)).Select(d => d.Schema.Name))})");
            log.Error(Code, at,
                $"The merged interfaces implement each other in a cycle: {string.Join(", ", declarations)}. An interface cannot implement itself; remove one of these implements clauses.");
        }
    }

    /// <summary>The interfaces on a path from <paramref name="start"/> back to itself, starting with it; null when there is none.</summary>
    private static List<string>? CycleFrom(SchemaModel schema, string start)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var next in (schema.Types[current] as ComplexTypeDefinition)?.Interfaces ?? [])
            {
                if (next == start)
                {
                    var path = new List<string> { current };
                    while (path[^1] != start) path.Add(previous[path[^1]]);
                    path.Reverse();
                    return path;
                }
                if (previous.TryAdd(next, current)) queue.Enqueue(next);
            }
        }
        return null;
    }
}
