using System.Diagnostics;

namespace FederatedGraph.ProcessingLog;

/// <summary>
/// Where one request's processing sits in its W3C trace: the trace id, this process's span for the request, and the
/// caller's span (the gateway's call). Taken from the request's <see cref="Activity"/>, which ASP.NET Core starts from
/// the incoming <c>traceparent</c>; from the header itself when no activity runs.
/// </summary>
public sealed record ProcessingTrace(string TraceId, string SpanId, string? ParentSpanId, DateTime Started)
{
    /// <param name="traceparent">The request's <c>traceparent</c> header, for when no activity runs.</param>
    public static ProcessingTrace Of(string? traceparent, TimeProvider time)
    {
        var started = time.GetUtcNow().UtcDateTime;
        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity)
            return new ProcessingTrace(activity.TraceId.ToHexString(), activity.SpanId.ToHexString(),
                activity.ParentSpanId == default ? null : activity.ParentSpanId.ToHexString(), started);
        var span = ActivitySpanId.CreateRandom().ToHexString();
        return ActivityContext.TryParse(traceparent, null, out var parent)
            ? new ProcessingTrace(parent.TraceId.ToHexString(), span, parent.SpanId.ToHexString(), started)
            : new ProcessingTrace(ActivityTraceId.CreateRandom().ToHexString(), span, null, started);
    }
}
