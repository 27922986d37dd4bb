using System.Text.Json;

namespace FederatedGraph.GraphQLOverHttp;

/// <summary>One GraphQL-over-HTTP request object. <see cref="VariableSets"/> holds more than one
/// entry only for a variable batch, where <see cref="IsVariableBatch"/> is true.</summary>
public sealed record GraphQLRequest(
    string Query,
    string? OperationName,
    IReadOnlyList<JsonElement?> VariableSets,
    bool IsVariableBatch,
    JsonElement? Extensions)
{
    /// <summary>The registered document the request names, as <c>sha256:&lt;hex&gt;</c> or as the client sent it; its
    /// <see cref="Query"/> is then empty until the document is looked up.</summary>
    public string? DocumentId { get; init; }
}

/// <summary>What the client sent in one HTTP request: a single request object or a request batch.</summary>
public sealed record GraphQLHttpPayload(IReadOnlyList<GraphQLRequest> Requests, bool IsRequestBatch)
{
    public bool IsBatch => IsRequestBatch || Requests.Any(r => r.IsVariableBatch);
}

/// <summary>A request the endpoint refuses before execution, with the HTTP status to answer and one error or more.</summary>
public sealed class GraphQLRequestException(int statusCode, IReadOnlyList<GraphQLRequestError> errors) : Exception(errors[0].Message)
{
    public GraphQLRequestException(int statusCode, string code, string message) : this(statusCode, [new GraphQLRequestError(message, code)]) { }

    public int StatusCode { get; } = statusCode;

    public string Code => Errors[0].Code;

    public IReadOnlyList<GraphQLRequestError> Errors { get; } = errors;
}

/// <summary>One error of a refused request: its message, <c>extensions.code</c> and, where the refusal is about one
/// schema coordinate (a field or argument the caller may not use), that coordinate as <c>extensions.coordinate</c>.</summary>
public sealed record GraphQLRequestError(string Message, string Code, string? Coordinate = null);
