using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Net.Sockets;

namespace FederatedGraph.Gateway.Execution.Transport;

/// <summary>
/// Sends one request body to a subgraph and returns the answer's bytes, turning every way it can fail
/// (unreachable, too slow, non-2xx) into a <see cref="SubgraphFailure"/> with its code.
/// </summary>
internal sealed class SubgraphTransport(SubgraphClients clients, GatewayExecutionOptions options)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly MediaTypeWithQualityHeaderValue GraphQLResponse = new("application/graphql-response+json");
    private static readonly MediaTypeWithQualityHeaderValue JsonLines = new("application/jsonl");

    private readonly InFlightRequests? _inFlight = options.DeduplicateRequests ? new InFlightRequests() : null;

    /// <summary>POSTs <paramref name="body"/>; <paramref name="batch"/> asks for JSON lines. With
    /// <see cref="GatewayExecutionOptions.DeduplicateRequests"/>, joins an identical request in flight
    /// (<see cref="InFlightRequests"/>); the answer's bytes may then be shared and must only be read.</summary>
    public Task<(byte[] Body, int Length)> PostAsync(string sourceSchema, ReadOnlyMemory<byte> body, bool batch,
        IReadOnlyList<KeyValuePair<string, string>> headers, CancellationToken cancellationToken)
    {
        var (client, url) = clients.For(sourceSchema);
        if (url is null)
            throw new SubgraphFailure(GatewayErrorCodes.SubgraphUnavailable, $"No URL is configured for the source schema '{sourceSchema}'.");
        return _inFlight is null
            ? SendAsync(client, url, body, batch, headers, cancellationToken)
            : _inFlight.SendAsync(url, body, batch, headers, token => SendAsync(client, url, body, batch, headers, token), cancellationToken);
    }

    private async Task<(byte[] Body, int Length)> SendAsync(HttpClient client, Uri url, ReadOnlyMemory<byte> body, bool batch,
        IReadOnlyList<KeyValuePair<string, string>> headers, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ReadOnlyMemoryContent(body) };
        request.Content.Headers.ContentType = Json;
        request.Headers.Accept.Add(batch ? JsonLines : GraphQLResponse);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.SubgraphTimeout);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            // A registry's refusals say why: the caller (401/403), or its processing log that cannot be written (503).
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.ServiceUnavailable)
                throw await RefusalAsync(response, timeout.Token);
            if (!response.IsSuccessStatusCode)
                throw new SubgraphFailure(GatewayErrorCodes.SubgraphBadResponse, $"The subgraph answered HTTP {(int)response.StatusCode}.");
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, timeout.Token);
            return (buffer.GetBuffer(), (int)buffer.Length);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SubgraphFailure(GatewayErrorCodes.SubgraphTimeout, $"The subgraph did not answer within {options.SubgraphTimeout.TotalSeconds:0.###} s.");
        }
        catch (HttpRequestException exception) when (exception.InnerException is SocketException || exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            throw new SubgraphFailure(GatewayErrorCodes.SubgraphUnavailable, $"The subgraph could not be reached: {exception.Message}");
        }
        catch (HttpRequestException exception)
        {
            throw new SubgraphFailure(GatewayErrorCodes.SubgraphBadResponse, $"The subgraph's answer could not be read: {exception.Message}");
        }
        catch (IOException exception)
        {
            throw new SubgraphFailure(GatewayErrorCodes.SubgraphBadResponse, $"The subgraph's answer could not be read: {exception.Message}");
        }
    }

    /// <summary>
    /// A registry that refuses the caller (its own check of token, purpose or fields), or cannot log the processing, says why with a GraphQL error:
    /// the client gets that code and message on the part it lost, as the registry decided it. An answer that says
    /// nothing readable stays a bad response.
    /// </summary>
    private static async Task<SubgraphFailure> RefusalAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            using var json = JsonDocument.Parse(body.AsMemory(0, Math.Min(body.Length, 64 * 1024)));
            var error = json.RootElement.GetProperty("errors")[0];
            var code = error.GetProperty("extensions").GetProperty("code").GetString();
            if (code is { Length: > 0 })
                return new SubgraphFailure(code, $"The subgraph refused the request: {error.GetProperty("message").GetString()}");
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException)
        {
            // Not a GraphQL refusal: reported below as a bad response.
        }
        return new SubgraphFailure(GatewayErrorCodes.SubgraphBadResponse, $"The subgraph answered HTTP {(int)response.StatusCode}.");
    }
}
