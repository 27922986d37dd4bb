using System.Text;
using FederatedGraph.GraphQLOverHttp;
using static FederatedGraph.GraphQLOverHttp.GraphQLMediaTypes;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace FederatedGraph.Subgraphs.Toolkit.Http;

/// <summary>
/// Writes execution results with the media type and status code GraphQL over HTTP prescribes:
/// application/graphql-response+json (4xx when nothing executed) or application/json (always 200),
/// and for batches application/jsonl, one result a line, each carrying its requestIndex/variableIndex.
/// </summary>
public sealed class GraphQLResponseWriter(IGraphQLSerializer serializer)
{
    public async Task WriteAsync(HttpContext http, GraphQLHttpPayload payload, SubgraphExecutor.Outcome[] outcomes)
    {
        var response = http.Response;
        var accept = http.Request.Headers.Accept.ToString();
        using var body = new MemoryStream();
        if (payload.IsBatch)
        {
            response.StatusCode = StatusCodes.Status200OK;
            var lines = PrefersJsonLines(accept);
            response.ContentType = lines ? JsonLines : Json;
            await WriteBatchAsync(body, outcomes, lines, http.RequestAborted);
        }
        else
        {
            var result = outcomes[0].Result;
            var graphQLResponse = PrefersGraphQLResponse(accept);
            response.ContentType = (graphQLResponse ? GraphQLResponseJson : Json) + "; charset=utf-8";
            // Under application/graphql-response+json a request that never reached execution
            // (syntax, validation or variable errors) is a client error.
            response.StatusCode = graphQLResponse && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
            await serializer.WriteAsync(body, result, http.RequestAborted);
        }
        // All at once with its length (a batch would otherwise go out as three chunked writes per result).
        await WholeResponseBody.WriteAsync(response, body, http.RequestAborted);
    }

    /// <summary>A request refused before execution, on the wire or for the caller: the status holds under both media types.</summary>
    public async Task WriteRefusedAsync(HttpContext http, GraphQLRequestException refused)
    {
        var result = new ExecutionResult { Errors = [.. refused.Errors.Select(ToExecutionError)] };
        var graphQLResponse = PrefersGraphQLResponse(http.Request.Headers.Accept.ToString());
        http.Response.StatusCode = refused.StatusCode;
        http.Response.ContentType = (graphQLResponse ? GraphQLResponseJson : Json) + "; charset=utf-8";
        if (refused.StatusCode == StatusCodes.Status405MethodNotAllowed) http.Response.Headers.Allow = "POST";
        if (refused.StatusCode == StatusCodes.Status401Unauthorized) http.Response.Headers.WWWAuthenticate = "Bearer";
        using var body = new MemoryStream();
        await serializer.WriteAsync(body, result, http.RequestAborted);
        await WholeResponseBody.WriteAsync(http.Response, body, http.RequestAborted);
    }

    private static ExecutionError ToExecutionError(GraphQLRequestError error)
    {
        var executionError = new ExecutionError(error.Message) { Code = error.Code };
        if (error.Coordinate is not null) (executionError.Extensions ??= [])["coordinate"] = error.Coordinate;
        return executionError;
    }

    private async Task WriteBatchAsync(MemoryStream body, SubgraphExecutor.Outcome[] outcomes, bool lines, CancellationToken cancellationToken)
    {
        if (!lines) body.Write("["u8);
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (i > 0 && !lines) body.Write(","u8);
            await WriteIndexedAsync(body, outcomes[i], cancellationToken);
            if (lines) body.Write("\n"u8);
        }
        if (!lines) body.Write("]"u8);
    }

    /// <summary>Writes one result object with the batch index fields placed first.</summary>
    private async Task WriteIndexedAsync(MemoryStream body, SubgraphExecutor.Outcome outcome, CancellationToken cancellationToken)
    {
        var prefix = new StringBuilder("{");
        if (outcome.RequestIndex is { } requestIndex) prefix.Append("\"requestIndex\":").Append(requestIndex).Append(',');
        if (outcome.VariableIndex is { } variableIndex) prefix.Append("\"variableIndex\":").Append(variableIndex).Append(',');

        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, outcome.Result, cancellationToken);
        var json = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        // The serialized result is an object: replace its opening brace by the prefix.
        var inner = json[1..];
        if (inner[0] == (byte)'}') prefix.Length--; // empty object: no trailing comma
        body.Write(Encoding.UTF8.GetBytes(prefix.ToString()));
        body.Write(inner);
    }
}
