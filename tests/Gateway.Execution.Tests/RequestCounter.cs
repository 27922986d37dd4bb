using System.Collections.Concurrent;

namespace FederatedGraph.Gateway.Execution.Tests;

/// <summary>Counts the HTTP requests the gateway sends to each source schema.</summary>
public sealed class RequestCounter
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int this[string sourceSchema] => _counts.GetValueOrDefault(sourceSchema);

    public int Total => _counts.Values.Sum();

    public void Clear() => _counts.Clear();

    public DelegatingHandler HandlerFor(string sourceSchema) => new CountingHandler(this, sourceSchema);

    private sealed class CountingHandler(RequestCounter counter, string sourceSchema) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            counter._counts.AddOrUpdate(sourceSchema, 1, (_, n) => n + 1);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
