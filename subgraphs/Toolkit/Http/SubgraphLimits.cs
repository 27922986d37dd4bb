namespace FederatedGraph.Subgraphs.Toolkit.Http;

/// <summary>Limits a subgraph enforces on every request; bound from the "Limits" configuration section.</summary>
public sealed class SubgraphLimits
{
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>The most executions one HTTP request may ask for, counting every variables map of a batch.</summary>
    public int MaxBatchSize { get; set; } = 1000;

    /// <summary>The deepest selection nesting an operation may have.</summary>
    public int MaxDepth { get; set; } = 12;
}
