namespace FederatedGraph.GraphQLOverHttp;

/// <summary>The response media types of GraphQL over HTTP and how a request's Accept header chooses between them.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string JsonLines = "application/jsonl";

    /// <summary>Whether to answer application/graphql-response+json (with 4xx for requests that never executed)
    /// rather than application/json (always 200).</summary>
    public static bool PrefersGraphQLResponse(string accept)
        // No Accept header is treated as application/json, as the spec advises for legacy clients.
        => accept.Length > 0 && (Accepts(accept, GraphQLResponseJson) || !Accepts(accept, Json));

    public static bool Accepts(string accept, string mediaType)
        => accept.Contains(mediaType, StringComparison.OrdinalIgnoreCase)
           || (mediaType != JsonLines && accept.Contains("*/*", StringComparison.Ordinal));
}
