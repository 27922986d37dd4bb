using System.Collections.Concurrent;

namespace FederatedGraph.Gateway.Execution.Transport;

/// <summary>
/// Lets identical subgraph requests that are in flight at the same time share one HTTP call and its answer
/// (<c>Gateway:DeduplicateRequests</c>). Identical means the same URL, the same kind (single or batch), the same body
/// bytes and the same forwarded headers (the caller's token and purpose among them), so two callers never share an
/// answer. Nothing is kept once the call has ended: the next identical request makes a call of its own.
/// </summary>
/// <remarks>
/// The shared call runs without any one waiter's cancellation (a caller that goes away stops waiting; the others
/// still get the answer); the transport's own subgraph timeout still ends it. Its outcome, an answer or a failure,
/// reaches every waiter. The answer's bytes are shared and must only be read.
/// </remarks>
internal sealed class InFlightRequests
{
    private readonly ConcurrentDictionary<Key, Task<(byte[] Body, int Length)>> _inFlight = new();

    /// <summary>The calls in flight now (for tests).</summary>
    public int Count => _inFlight.Count;

    /// <summary>
    /// Joins the identical call in flight, or starts <paramref name="send"/> as the shared one.
    /// </summary>
    public async Task<(byte[] Body, int Length)> SendAsync(Uri url, ReadOnlyMemory<byte> body, bool batch,
        IReadOnlyList<KeyValuePair<string, string>> headers, Func<CancellationToken, Task<(byte[] Body, int Length)>> send,
        CancellationToken cancellationToken)
    {
        var key = new Key(url.OriginalString, batch, body.ToArray(), [.. headers]);
        while (true)
        {
            if (_inFlight.TryGetValue(key, out var running)) return await running.WaitAsync(cancellationToken);
            var shared = new TaskCompletionSource<(byte[] Body, int Length)>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_inFlight.TryAdd(key, shared.Task)) continue;
            _ = RunAsync(key, shared, send);
            return await shared.Task.WaitAsync(cancellationToken);
        }
    }

    private async Task RunAsync(Key key, TaskCompletionSource<(byte[] Body, int Length)> shared,
        Func<CancellationToken, Task<(byte[] Body, int Length)>> send)
    {
        (byte[] Body, int Length) answer = default;
        Exception? failure = null;
        try
        {
            answer = await send(CancellationToken.None);
        }
        catch (Exception exception)
        {
            failure = exception;
        }
        // Out of the table before anyone sees the outcome: a request that starts after it is not joined to it.
        _inFlight.TryRemove(new KeyValuePair<Key, Task<(byte[] Body, int Length)>>(key, shared.Task));
        if (failure is null) shared.SetResult(answer);
        else shared.SetException(failure);
    }

    private sealed class Key(string url, bool batch, byte[] body, KeyValuePair<string, string>[] headers) : IEquatable<Key>
    {
        private readonly int _hash = Hash(url, batch, body, headers);

        public bool Equals(Key? other)
            => other is not null && _hash == other._hash && batch == other.Batch && url == other.Url
               && body.AsSpan().SequenceEqual(other.Body) && SameHeaders(headers, other.Headers);

        public override bool Equals(object? obj) => Equals(obj as Key);

        public override int GetHashCode() => _hash;

        private string Url => url;
        private bool Batch => batch;
        private byte[] Body => body;
        private KeyValuePair<string, string>[] Headers => headers;

        private static bool SameHeaders(KeyValuePair<string, string>[] a, KeyValuePair<string, string>[] b)
        {
            if (a.Length != b.Length) return false;
            for (var i = 0; i < a.Length; i++)
                if (!string.Equals(a[i].Key, b[i].Key, StringComparison.OrdinalIgnoreCase) || !string.Equals(a[i].Value, b[i].Value, StringComparison.Ordinal))
                    return false;
            return true;
        }

        private static int Hash(string url, bool batch, byte[] body, KeyValuePair<string, string>[] headers)
        {
            var hash = new HashCode();
            hash.Add(url, StringComparer.Ordinal);
            hash.Add(batch);
            hash.AddBytes(body);
            foreach (var (name, value) in headers)
            {
                hash.Add(name, StringComparer.OrdinalIgnoreCase);
                hash.Add(value, StringComparer.Ordinal);
            }
            return hash.ToHashCode();
        }
    }
}
