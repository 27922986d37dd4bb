using System.Text.Json;

namespace FederatedGraph.GraphQLOverHttp;

/// <summary>One GraphQL-over-HTTP request object. <see cref="VariableSets"/> holds more than one
/// entry only for a variable batch, where <see cref="IsVariableBatch"/> is true.</summary>
public sealed record GraphQLRequest(
    string Query,
    string? OperationName,
    IReadOnlyList<JsonElement?> VariableSets,
    bool IsVariableBatch,
    JsonElement? Extensions);

/// <summary>What the client sent in one HTTP request: a single request object or a request batch.</summary>
public sealed record GraphQLHttpPayload(IReadOnlyList<GraphQLRequest> Requests, bool IsRequestBatch)
{
    public bool IsBatch => IsRequestBatch || Requests.Any(r => r.IsVariableBatch);
}

/// <summary>A request the endpoint refuses before execution, with the HTTP status to answer.</summary>
public sealed class GraphQLRequestException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
    public string Code { get; } = code;
}
