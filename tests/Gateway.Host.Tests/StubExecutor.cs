using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using FederatedGraph.Gateway.Execution;
using FederatedGraph.Gateway.Execution.Telemetry;

namespace FederatedGraph.Gateway.Host.Tests;

/// <summary>Stands in for the planner/executor: records what the host hands over and answers as told.</summary>
public sealed class StubExecutor : IGatewayExecutor
{
    public ConcurrentQueue<GatewayRequest> Requests { get; } = new();

    /// <summary>The answer; by default <c>{"data":{"stub":true}}</c>.</summary>
    public Func<GatewayRequest, StubResult> Answer { get; set; } = _ => new StubResult(new JsonObject { ["data"] = new JsonObject { ["stub"] = true } });

    /// <summary>The span each request was executed under (the gateway's server span): what a subgraph call's parent descends from.</summary>
    public ConcurrentQueue<Activity?> Spans { get; } = new();

    public GatewayRequest Single => Assert.Single(Requests);

    public Task<IGatewayResult> ExecuteAsync(GatewayRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        Spans.Enqueue(Activity.Current);
        return Task.FromResult<IGatewayResult>(Answer(request));
    }
}

/// <summary>A response given as JSON, written as it is.</summary>
public sealed class StubResult(JsonObject response) : IGatewayResult
{
    public bool Disposed { get; private set; }

    public void WriteTo(Utf8JsonWriter writer) => response.WriteTo(writer);

    public RequestOutcome Outcome => response["data"] is null ? RequestOutcome.Error
        : response["errors"] is null ? RequestOutcome.Success : RequestOutcome.Partial;

    public void Dispose() => Disposed = true;
}
