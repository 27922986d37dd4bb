using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using FederatedGraph.Gateway.Execution;
using FederatedGraph.GraphQLOverHttp;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace FederatedGraph.Gateway;

/// <summary>
/// Writes every /graphql response with the media type the client accepts: application/graphql-response+json
/// with the spec's status codes, or application/json (200 for anything that is a GraphQL response).
/// </summary>
public sealed class GatewayResponseWriter(IGraphQLTextSerializer serializer)
{
    /// <summary>Messages and data keep their characters (quotes, Dutch accents) instead of \u escapes.</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Refused on the wire (415, 413, 405, malformed JSON) or for the caller (401, 403): the status holds under both media types.</summary>
    public Task WriteRefusedAsync(HttpContext http, GraphQLRequestException refused)
    {
        if (refused.StatusCode == StatusCodes.Status405MethodNotAllowed) http.Response.Headers.Allow = "POST";
        if (refused.StatusCode == StatusCodes.Status401Unauthorized) http.Response.Headers.WWWAuthenticate = "Bearer";
        return WriteErrorsAsync(http, refused.StatusCode,
            [.. refused.Errors.Select(e => new RequestError(e.Message, e.Code) { Coordinate = e.Coordinate })], withData: false);
    }

    /// <summary>Not executable (syntax, validation, variables, limits): a request error.</summary>
    public Task WriteRejectedAsync(HttpContext http, IReadOnlyList<RequestError> errors)
        => WriteErrorsAsync(http, RequestErrorStatus(http), errors, withData: false);

    /// <summary>Something failed inside the gateway: a GraphQL error without internals, never a 500.</summary>
    public Task WriteInternalErrorAsync(HttpContext http)
        => WriteErrorsAsync(http, StatusCodes.Status200OK,
            [new RequestError("An internal error occurred in the gateway.", RequestErrorCodes.InternalError)], withData: true);

    public async Task WriteResultAsync(HttpContext http, IGatewayResult result)
    {
        // Serialized aside first: should writing fail halfway, nothing has reached the body and an error can still be sent.
        var buffer = Serialized(result.WriteTo);
        StartResponse(http, StatusCodes.Status200OK);
        await WholeResponseBody.WriteAsync(http.Response, buffer.WrittenMemory, http.RequestAborted);
    }

    /// <summary>Introspection next to registry fields: the host's and the executor's answers as one (<see cref="CombinedAnswer"/>).</summary>
    public async Task WriteCombinedAsync(HttpContext http, ExecutionResult introspection, IGatewayResult result, IReadOnlyList<string> responseNames)
    {
        using var registries = JsonDocument.Parse(Serialized(result.WriteTo).WrittenMemory);
        using var host = JsonDocument.Parse(serializer.Serialize(introspection));
        var buffer = Serialized(writer => CombinedAnswer.Write(writer, registries.RootElement, host.RootElement, responseNames));
        StartResponse(http, StatusCodes.Status200OK);
        await WholeResponseBody.WriteAsync(http.Response, buffer.WrittenMemory, http.RequestAborted);
    }

    private static ArrayBufferWriter<byte> Serialized(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) write(writer);
        return buffer;
    }

    public async Task WriteIntrospectionAsync(HttpContext http, ExecutionResult result)
    {
        StartResponse(http, result.Executed ? StatusCodes.Status200OK : RequestErrorStatus(http));
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private async Task WriteErrorsAsync(HttpContext http, int statusCode, IReadOnlyList<RequestError> errors, bool withData)
    {
        StartResponse(http, statusCode);
        await using (var writer = new Utf8JsonWriter(http.Response.BodyWriter, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            foreach (var error in errors) error.WriteTo(writer);
            writer.WriteEndArray();
            if (withData) writer.WriteNull("data");
            writer.WriteEndObject();
        }
        await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
    }

    private static void StartResponse(HttpContext http, int statusCode)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = (PrefersGraphQLResponse(http) ? GraphQLMediaTypes.GraphQLResponseJson : GraphQLMediaTypes.Json) + "; charset=utf-8";
    }

    /// <summary>Under application/graphql-response+json a request that never reached execution is a client error.</summary>
    private static int RequestErrorStatus(HttpContext http)
        => PrefersGraphQLResponse(http) ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    private static bool PrefersGraphQLResponse(HttpContext http)
        => GraphQLMediaTypes.PrefersGraphQLResponse(http.Request.Headers.Accept.ToString());
}
