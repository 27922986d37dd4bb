using System.Text.Json;
using FederatedGraph.Gateway.Execution.Telemetry;
using GraphQLParser.AST;

namespace FederatedGraph.Gateway.Execution;

/// <summary>A client operation as the host hands it over.</summary>
/// <param name="Document">The parsed document, already validated against the public schema.</param>
/// <param name="OperationName">The operation to run; null when the document holds one.</param>
/// <param name="Variables">The variables, already validated and coerced against the public schema.</param>
/// <param name="ForwardedHeaders">Headers the host's allow-list lets through; sent along with every subgraph request.</param>
/// <param name="IncludePlan">Put the readable operation plan in <c>extensions.plan</c>.</param>
public sealed record GatewayRequest(
    GraphQLDocument Document,
    string? OperationName,
    JsonElement? Variables,
    IReadOnlyList<KeyValuePair<string, string>> ForwardedHeaders,
    bool IncludePlan);

/// <summary>Answers client operations by planning them and fetching from the source schemas.</summary>
public interface IGatewayExecutor
{
    /// <summary>Never throws: every failure is a GraphQL error in the result.</summary>
    Task<IGatewayResult> ExecuteAsync(GatewayRequest request, CancellationToken cancellationToken);
}

/// <summary>What the host needs of a response: write it, then release what it holds.</summary>
public interface IGatewayResult : IDisposable
{
    /// <summary>Writes <c>{"data":...,"errors":[...],"extensions":{...}}</c>.</summary>
    void WriteTo(Utf8JsonWriter writer);

    /// <summary>Success, partial (data and errors) or error (no data), for the request metric.</summary>
    RequestOutcome Outcome { get; }
}
