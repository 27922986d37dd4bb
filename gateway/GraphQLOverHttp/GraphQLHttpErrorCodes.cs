namespace FederatedGraph.GraphQLOverHttp;

/// <summary>The <c>extensions.code</c> values of requests refused on the wire, before any GraphQL executes.</summary>
public static class GraphQLHttpErrorCodes
{
    public const string MalformedRequest = "MALFORMED_REQUEST";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string BatchTooLarge = "BATCH_TOO_LARGE";
}
