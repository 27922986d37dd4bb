namespace FederatedGraph.Subgraphs.Toolkit.Batching;

/// <summary>A loader the <see cref="BatchScheduler"/> can tell to fetch its queued keys.</summary>
public interface IBatchLoader
{
    /// <summary>Starts fetching the queued keys, if any.</summary>
    void DispatchQueued();
}
