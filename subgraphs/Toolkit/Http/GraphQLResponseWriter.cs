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
        if (payload.IsBatch)
        {
            response.StatusCode = StatusCodes.Status200OK;
            var lines = Accepts(accept, JsonLines) || !Accepts(accept, Json);
            response.ContentType = lines ? JsonLines : Json;
            await WriteBatchAsync(response.Body, outcomes, lines, http.RequestAborted);
            return;
        }

        var result = outcomes[0].Result;
        var graphQLResponse = PrefersGraphQLResponse(accept);
        response.ContentType = (graphQLResponse ? GraphQLResponseJson : Json) + "; charset=utf-8";
        // Under application/graphql-response+json a request that never reached execution
        // (syntax, validation or variable errors) is a client error.
        response.StatusCode = graphQLResponse && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        await serializer.WriteAsync(response.Body, result, http.RequestAborted);
    }

    public async Task WriteErrorAsync(HttpContext http, int statusCode, string code, string message)
    {
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        var graphQLResponse = PrefersGraphQLResponse(http.Request.Headers.Accept.ToString());
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = (graphQLResponse ? GraphQLResponseJson : Json) + "; charset=utf-8";
        if (statusCode == StatusCodes.Status405MethodNotAllowed) http.Response.Headers.Allow = "POST";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private async Task WriteBatchAsync(Stream body, SubgraphExecutor.Outcome[] outcomes, bool lines, CancellationToken cancellationToken)
    {
        if (!lines) await body.WriteAsync("["u8.ToArray(), cancellationToken);
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (i > 0 && !lines) await body.WriteAsync(","u8.ToArray(), cancellationToken);
            await WriteIndexedAsync(body, outcomes[i], cancellationToken);
            if (lines) await body.WriteAsync("\n"u8.ToArray(), cancellationToken);
        }
        if (!lines) await body.WriteAsync("]"u8.ToArray(), cancellationToken);
    }

    /// <summary>Writes one result object with the batch index fields placed first.</summary>
    private async Task WriteIndexedAsync(Stream body, SubgraphExecutor.Outcome outcome, CancellationToken cancellationToken)
    {
        var prefix = new StringBuilder("{");
        if (outcome.RequestIndex is { } requestIndex) prefix.Append("\"requestIndex\":").Append(requestIndex).Append(',');
        if (outcome.VariableIndex is { } variableIndex) prefix.Append("\"variableIndex\":").Append(variableIndex).Append(',');

        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, outcome.Result, cancellationToken);
        var json = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        // The serialized result is an object: replace its opening brace by the prefix.
        var inner = json[1..];
        if (inner.Span[0] == (byte)'}') prefix.Length--; // empty object: no trailing comma
        await body.WriteAsync(Encoding.UTF8.GetBytes(prefix.ToString()), cancellationToken);
        await body.WriteAsync(inner, cancellationToken);
    }
}
