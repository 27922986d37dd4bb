using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using FederatedGraph.Gateway.Execution;

namespace FederatedGraph.Gateway.Host.Tests;

/// <summary>Stands in for the planner/executor: records what the host hands over and answers as told.</summary>
public sealed class StubExecutor : IGatewayExecutor
{
    public ConcurrentQueue<GatewayRequest> Requests { get; } = new();

    /// <summary>The answer; by default <c>{"data":{"stub":true}}</c>.</summary>
    public Func<GatewayRequest, GatewayResult> Answer { get; set; } = _ => new GatewayResult { Data = new JsonObject { ["stub"] = true } };

    public GatewayRequest Single => Assert.Single(Requests);

    public Task<GatewayResult> ExecuteAsync(GatewayRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        return Task.FromResult(Answer(request));
    }
}
