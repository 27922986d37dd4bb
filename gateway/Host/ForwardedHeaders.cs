using System.Diagnostics;
using FederatedGraph.Security;
using Microsoft.AspNetCore.Http;

namespace FederatedGraph.Gateway;

/// <summary>
/// Picks the request headers the subgraphs get: only those on the allow-list, and the caller's processing activity under
/// <see cref="PurposeHeaders.ProcessingActivity"/>, whichever accepted header the client named it in. The trace context is
/// never among them: the gateway's HTTP client sends its own span as the registries' parent (a forwarded copy of the
/// client's would stop it, and would make the gateway invisible in the trace).
/// </summary>
public sealed class ForwardedHeaders(IEnumerable<string> allowList)
{
    // The purpose goes along as the activity the gateway admitted, never as the client wrote it.
    private readonly string[] _allowList = allowList.Distinct(StringComparer.OrdinalIgnoreCase)
        .Except(PurposeHeaders.Accepted, StringComparer.OrdinalIgnoreCase)
        .Except(DistributedContextPropagator.Current.Fields, StringComparer.OrdinalIgnoreCase).ToArray();

    public IReadOnlyList<KeyValuePair<string, string>> Select(IHeaderDictionary headers, string processingActivity)
    {
        var forwarded = new List<KeyValuePair<string, string>>(_allowList.Length + 1) { new(PurposeHeaders.ProcessingActivity, processingActivity) };
        foreach (var name in _allowList)
        {
            if (headers.TryGetValue(name, out var values) && values.ToString() is { Length: > 0 } value) forwarded.Add(new(name, value));
        }
        return forwarded;
    }
}
