using System.Diagnostics;

namespace FederatedGraph.Gateway;

/// <summary>
/// W3C Trace Context for one request: the client's <c>traceparent</c> when it is valid, otherwise a new
/// trace, so every subgraph call of the request carries the same trace id.
/// </summary>
public sealed record TraceContext(string Traceparent, string? Tracestate, bool Started)
{
    public const string TraceparentHeader = "traceparent";
    public const string TracestateHeader = "tracestate";

    public static TraceContext From(string? traceparent, string? tracestate)
        => traceparent is not null && IsValid(traceparent)
            ? new TraceContext(traceparent, string.IsNullOrEmpty(tracestate) ? null : tracestate, Started: false)
            // A new trace drops the client's tracestate: it belonged to a trace we do not continue.
            : new TraceContext($"00-{ActivityTraceId.CreateRandom().ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01", null, Started: true);

    /// <summary>version-traceid-parentid-flags in lowercase hex; ids not all zeros; version ff is invalid.</summary>
    public static bool IsValid(string traceparent)
    {
        var parts = traceparent.Split('-');
        if (parts.Length < 4 || (parts[0] == "00" && parts.Length != 4)) return false;
        return IsHex(parts[0], 2) && parts[0] != "ff"
            && IsHex(parts[1], 32) && parts[1].Any(c => c != '0')
            && IsHex(parts[2], 16) && parts[2].Any(c => c != '0')
            && IsHex(parts[3], 2);
    }

    private static bool IsHex(string value, int length)
        => value.Length == length && value.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
