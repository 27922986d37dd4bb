using Microsoft.AspNetCore.Http;

namespace FederatedGraph.GraphQLOverHttp;

/// <summary>Sends an answer that was serialized aside in one write, with its Content-Length.</summary>
public static class WholeResponseBody
{
    /// <summary>With its length known the answer leaves in one piece, headers and body (one packet when it is small),
    /// instead of a chunk per write and an end chunk.</summary>
    public static Task WriteAsync(HttpResponse response, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, cancellationToken).AsTask();
    }

    /// <summary>The same for an answer serialized into a memory stream.</summary>
    public static Task WriteAsync(HttpResponse response, MemoryStream body, CancellationToken cancellationToken)
        => WriteAsync(response, body.GetBuffer().AsMemory(0, (int)body.Length), cancellationToken);
}
