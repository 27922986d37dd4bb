using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace FederatedGraph.Gateway.Execution.Telemetry;

/// <summary>
/// The gateway's own spans and instruments, in the BCL's <see cref="ActivitySource"/> and <see cref="Meter"/> only: the host
/// decides what listens and where it goes. Tags carry names of operations and registries, outcomes and counts; never
/// documents, variables or callers.
/// </summary>
public static class GatewayTelemetry
{
    public const string ActivitySourceName = "FederatedGraph.Gateway";
    public const string MeterName = "FederatedGraph.Gateway";

    public const string RequestDurationName = "federatedgraph.gateway.request.duration";
    public const string FetchDurationName = "federatedgraph.gateway.fetch.duration";
    public const string FetchErrorsName = "federatedgraph.gateway.fetch.errors";

    public const string OperationNameTag = "graphql.operation.name";
    public const string OperationTypeTag = "graphql.operation.type";
    public const string OutcomeTag = "federatedgraph.outcome";
    public const string ErrorTypeTag = "error.type";
    public const string SubgraphTag = "federatedgraph.subgraph";
    public const string PlanStepTag = "federatedgraph.plan.step";
    public const string FetchKindTag = "federatedgraph.fetch.kind";
    public const string ItemsTag = "federatedgraph.fetch.items";

    /// <summary>The operation-name value of a request whose operation was never read (refused before its body).</summary>
    public const string UnknownOperation = "(unknown)";
    public const string AnonymousOperation = "(anonymous)";
    /// <summary>Operation names past <see cref="MaxOperationNames"/> distinct ones: clients name operations, so they must not
    /// be able to grow the metric series without bound.</summary>
    public const string OtherOperation = "(other)";
    public const int MaxOperationNames = 100;

    // The seconds buckets OpenTelemetry's semantic conventions advise for HTTP durations; the default ones are for milliseconds.
    private static readonly InstrumentAdvice<double> DurationAdvice = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10],
    };

    internal static readonly ActivitySource Source = new(ActivitySourceName);
    private static readonly Meter Meter = new(MeterName);

    /// <summary>Every client request to /graphql, whatever became of it; its count is the number of requests.</summary>
    private static readonly Histogram<double> RequestDuration = Meter.CreateHistogram(RequestDurationName, "s",
        "Duration of client requests to the gateway, by operation name and outcome.", advice: DurationAdvice);

    internal static readonly Histogram<double> FetchDuration = Meter.CreateHistogram(FetchDurationName, "s",
        "Duration of the gateway's requests to one subgraph (a plan fetch, or one batch of it), by subgraph and outcome.", advice: DurationAdvice);

    internal static readonly Counter<long> FetchErrors = Meter.CreateCounter<long>(FetchErrorsName, "{fetch}",
        "Subgraph requests that gave no usable answer (unreachable, too slow, refused, malformed), by subgraph and error code.");

    private static readonly ConcurrentDictionary<string, string> OperationNames = new(StringComparer.Ordinal);

    /// <summary>Records one client request. <paramref name="operationName"/> is null when the request never got as far as its operation.</summary>
    public static void RecordRequest(TimeSpan duration, string? operationName, bool anonymous, RequestOutcome outcome)
    {
        if (!RequestDuration.Enabled) return;
        RequestDuration.Record(duration.TotalSeconds, new TagList
        {
            { OperationNameTag, anonymous ? AnonymousOperation : operationName is null ? UnknownOperation : BoundedOperationName(operationName) },
            { OutcomeTag, OutcomeName(outcome) },
        });
    }

    private static string OutcomeName(RequestOutcome outcome) => outcome switch
    {
        RequestOutcome.Success => "success",
        RequestOutcome.Partial => "partial",
        RequestOutcome.Error => "error",
        RequestOutcome.Refused => "refused",
        RequestOutcome.Rejected => "rejected",
        _ => "cancelled",
    };

    private static string BoundedOperationName(string name)
    {
        if (OperationNames.TryGetValue(name, out var known)) return known;
        return OperationNames.Count >= MaxOperationNames ? OtherOperation : OperationNames.GetOrAdd(name, name);
    }
}

/// <summary>What became of a client request, as the request metric tags it.</summary>
public enum RequestOutcome
{
    /// <summary>Data and no errors.</summary>
    Success,
    /// <summary>Data with errors: a subgraph failed or reported errors for part of it.</summary>
    Partial,
    /// <summary>No data: the request could not be planned or executed.</summary>
    Error,
    /// <summary>The caller was refused: no or a bad token, no purpose, or a field or argument the purpose does not allow (401/403).</summary>
    Refused,
    /// <summary>The request was not a valid operation: malformed, invalid against the schema, over a limit (400, 413).</summary>
    Rejected,
    /// <summary>The client went away before the answer.</summary>
    Cancelled,
}
