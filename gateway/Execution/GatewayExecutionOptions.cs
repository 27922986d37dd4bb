namespace FederatedGraph.Gateway.Execution;

public sealed class GatewayExecutionOptions
{
    /// <summary>How long one subgraph request may take before its part of the response is given up (<c>SUBGRAPH_TIMEOUT</c>).</summary>
    public TimeSpan SubgraphTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The most fetches one operation's plan may have; more is refused with <c>FETCH_LIMIT_EXCEEDED</c> before any fetch.</summary>
    public int MaxFetchesPerOperation { get; set; } = 50;

    /// <summary>The most entities in one batched subgraph request; the toolkit's subgraphs accept 1000.</summary>
    public int MaxBatchSize { get; set; } = 1000;

    /// <summary>Subgraph URLs by source schema name, overriding the configuration's (tests use random ports).</summary>
    public IDictionary<string, string> SourceSchemaUrls { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Identical subgraph requests in flight at the same time (same URL, body and forwarded headers) share one HTTP
    /// call and its answer; off by default (<c>Gateway:DeduplicateRequests</c>).
    /// </summary>
    public bool DeduplicateRequests { get; set; }

    /// <summary>
    /// Optionally, a handler per source schema name put in front of its connection pool, e.g. for tracing or for
    /// tests that count requests. Called once per source schema.
    /// </summary>
    public Func<string, DelegatingHandler>? SubgraphHandler { get; set; }
}
