using System.Diagnostics;
using FederatedGraph.Gateway.Planning.Plans;

namespace FederatedGraph.Gateway.Execution.Telemetry;

/// <summary>
/// One request to one subgraph, as a span (the parent of the HTTP call, so the subgraph continues the gateway's trace)
/// and as measurements. Started when the request starts; ends with what came of it, or as cancelled when disposed first.
/// </summary>
internal sealed class FetchTelemetry : IDisposable
{
    public const string SuccessOutcome = "success";
    /// <summary>The subgraph answered, with GraphQL errors for some of it.</summary>
    public const string ErrorsOutcome = "errors";
    public const string FailedOutcome = "failed";
    public const string CancelledOutcome = "cancelled";

    private readonly string _subgraph;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly Activity? _activity;
    private bool _stopped;

    private FetchTelemetry(string subgraph, int planStep, FetchKind kind, int items)
    {
        _subgraph = subgraph;
        _activity = GatewayTelemetry.Source.StartActivity(ActivityKind.Internal, name: "fetch " + subgraph);
        if (_activity is { IsAllDataRequested: true })
        {
            _activity.SetTag(GatewayTelemetry.SubgraphTag, subgraph);
            _activity.SetTag(GatewayTelemetry.PlanStepTag, planStep);
            _activity.SetTag(GatewayTelemetry.FetchKindTag, kind == FetchKind.Root ? "root" : "entity");
            _activity.SetTag(GatewayTelemetry.ItemsTag, items);
        }
    }

    /// <summary>Starts the span of a request for <paramref name="items"/> entities (1 for a root fetch) of <paramref name="fetch"/>.</summary>
    public static FetchTelemetry Start(Fetch fetch, int items) => new(fetch.SourceSchema, fetch.Id, fetch.Kind, items);

    /// <summary>Starts the span of a batch's request for <paramref name="items"/> entities; its plan step is its first fetch.</summary>
    public static FetchTelemetry Start(FetchBatch batch, int items) => new(batch.SourceSchema, batch.Fetches.Min(f => f.Id), FetchKind.Entity, items);

    /// <summary>The subgraph answered; <paramref name="withErrors"/> when a result carried GraphQL errors.</summary>
    public void Answered(bool withErrors) => Stop(withErrors ? ErrorsOutcome : SuccessOutcome, null, null);

    /// <summary>No usable answer; <paramref name="code"/> is the error code the client gets for the lost part.</summary>
    public void Failed(string code, string message) => Stop(FailedOutcome, code, message);

    public void Dispose() => Stop(CancelledOutcome, null, null);

    private void Stop(string outcome, string? errorType, string? message)
    {
        if (_stopped) return;
        _stopped = true;
        if (GatewayTelemetry.FetchDuration.Enabled)
        {
            var tags = new TagList { { GatewayTelemetry.SubgraphTag, _subgraph }, { GatewayTelemetry.OutcomeTag, outcome } };
            if (errorType is not null) tags.Add(GatewayTelemetry.ErrorTypeTag, errorType);
            GatewayTelemetry.FetchDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
        }
        if (errorType is not null)
            GatewayTelemetry.FetchErrors.Add(1, new TagList { { GatewayTelemetry.SubgraphTag, _subgraph }, { GatewayTelemetry.ErrorTypeTag, errorType } });
        if (_activity is null) return;
        _activity.SetTag(GatewayTelemetry.OutcomeTag, outcome);
        if (errorType is not null)
        {
            _activity.SetTag(GatewayTelemetry.ErrorTypeTag, errorType);
            _activity.SetStatus(ActivityStatusCode.Error, message);
        }
        _activity.Dispose();
    }
}
