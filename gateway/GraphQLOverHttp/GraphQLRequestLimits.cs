namespace FederatedGraph.GraphQLOverHttp;

/// <summary>What <see cref="GraphQLRequestReader"/> accepts before any GraphQL is parsed.</summary>
public class GraphQLRequestLimits
{
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>The most executions one HTTP request may ask for, counting every variables map of a batch.</summary>
    public int MaxBatchSize { get; set; } = 1000;

    /// <summary>Whether a request may name a registered (trusted) document instead of sending its text: <c>documentId</c>,
    /// <c>doc_id</c> or <c>id</c> (Relay, Hot Chocolate), or <c>extensions.persistedQuery.sha256Hash</c> (Apollo).</summary>
    public bool AcceptsDocumentIds { get; set; }
}
