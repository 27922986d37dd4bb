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
        // Only a client that names it gets it: no Accept header, or one that takes anything (*/*), is answered with
        // application/json, as the spec advises for clients that may predate application/graphql-response+json.
        => accept.Contains(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase) || !AcceptsJson(accept);

    /// <summary>Whether to answer a batch as application/jsonl rather than as one application/json list.</summary>
    public static bool PrefersJsonLines(string accept) => Accepts(accept, JsonLines) || !AcceptsJson(accept);

    /// <summary>No Accept header counts as application/json.</summary>
    private static bool AcceptsJson(string accept) => accept.Length == 0 || Accepts(accept, Json);

    private static bool Accepts(string accept, string mediaType)
        => accept.Contains(mediaType, StringComparison.OrdinalIgnoreCase)
           || (mediaType != JsonLines && accept.Contains("*/*", StringComparison.Ordinal));
}
