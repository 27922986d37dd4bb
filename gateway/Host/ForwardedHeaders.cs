using FederatedGraph.Security;
using Microsoft.AspNetCore.Http;

namespace FederatedGraph.Gateway;

/// <summary>
/// Picks the request headers the subgraphs get: only those on the allow-list, with the trace context
/// headers taken from <see cref="TraceContext"/> (so a started trace reaches every subgraph), and the caller's
/// processing activity under <see cref="PurposeHeaders.ProcessingActivity"/>, whichever accepted header the client named it in.
/// </summary>
public sealed class ForwardedHeaders(IEnumerable<string> allowList)
{
    // The purpose goes along as the activity the gateway admitted, never as the client wrote it.
    private readonly string[] _allowList = allowList.Distinct(StringComparer.OrdinalIgnoreCase)
        .Except(PurposeHeaders.Accepted, StringComparer.OrdinalIgnoreCase).ToArray();

    public IReadOnlyList<KeyValuePair<string, string>> Select(IHeaderDictionary headers, TraceContext trace, string processingActivity)
    {
        var forwarded = new List<KeyValuePair<string, string>>(_allowList.Length + 1) { new(PurposeHeaders.ProcessingActivity, processingActivity) };
        foreach (var name in _allowList)
        {
            var value = name.ToLowerInvariant() switch
            {
                TraceContext.TraceparentHeader => trace.Traceparent,
                TraceContext.TracestateHeader => trace.Tracestate,
                _ => headers.TryGetValue(name, out var values) ? values.ToString() : null,
            };
            if (!string.IsNullOrEmpty(value)) forwarded.Add(new(name, value));
        }
        return forwarded;
    }
}
