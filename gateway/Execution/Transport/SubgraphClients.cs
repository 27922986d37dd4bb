using System.Net;
using FederatedGraph.Gateway.Planning.Schema;

namespace FederatedGraph.Gateway.Execution.Transport;

/// <summary>
/// One <see cref="HttpClient"/> per source schema, each over its own <see cref="SocketsHttpHandler"/>, so every
/// subgraph keeps its own pool of kept-alive connections for the lifetime of the gateway.
/// </summary>
internal sealed class SubgraphClients : IDisposable
{
    private readonly Dictionary<string, (HttpClient Client, Uri? Url)> _clients = new(StringComparer.Ordinal);

    public SubgraphClients(CompositeSchema schema, GatewayExecutionOptions options)
    {
        foreach (var source in schema.SourceSchemas)
        {
            HttpMessageHandler handler = new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
                ConnectTimeout = options.SubgraphTimeout,
                AutomaticDecompression = DecompressionMethods.All,
                UseCookies = false,
                // Subgraphs answer; they do not redirect. The handler's default propagator sends the current span (the
                // HTTP call's, under the fetch's) as traceparent, so each registry continues the gateway's trace.
                AllowAutoRedirect = false,
            };
            if (options.SubgraphHandler?.Invoke(source.Name) is { } outer)
            {
                outer.InnerHandler = handler;
                handler = outer;
            }
            var url = options.SourceSchemaUrls.TryGetValue(source.Name, out var overridden) ? overridden : source.Url;
            // Timeouts are per fetch (a linked token), not per client.
            _clients[source.Name] = (new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan }, url is null ? null : new Uri(url));
        }
    }

    public (HttpClient Client, Uri? Url) For(string sourceSchema) => _clients[sourceSchema];

    public void Dispose()
    {
        foreach (var (client, _) in _clients.Values) client.Dispose();
    }
}
