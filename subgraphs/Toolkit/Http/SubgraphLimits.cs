using FederatedGraph.GraphQLOverHttp;

namespace FederatedGraph.Subgraphs.Toolkit.Http;

/// <summary>Limits a subgraph enforces on every request; bound from the "Limits" configuration section.
/// The request size and batch limits are checked on the wire, the depth and field count during validation.</summary>
public sealed class SubgraphLimits : GraphQLRequestLimits
{
    /// <summary>The deepest selection nesting an operation may have.</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>The most fields an operation may select in all, each fragment counted wherever it is spread.</summary>
    public long MaxFields { get; set; } = 10_000;
}
