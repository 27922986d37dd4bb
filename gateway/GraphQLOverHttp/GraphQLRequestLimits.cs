namespace FederatedGraph.GraphQLOverHttp;

/// <summary>What <see cref="GraphQLRequestReader"/> accepts before any GraphQL is parsed.</summary>
public class GraphQLRequestLimits
{
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>The most executions one HTTP request may ask for, counting every variables map of a batch.</summary>
    public int MaxBatchSize { get; set; } = 1000;
}
