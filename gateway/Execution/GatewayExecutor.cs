using System.Runtime.CompilerServices;
using FederatedGraph.Gateway.Execution.Fetching;
using FederatedGraph.Gateway.Execution.Shaping;
using FederatedGraph.Gateway.Execution.Transport;
using FederatedGraph.Gateway.Planning.Planner;
using FederatedGraph.Gateway.Planning.Plans;
using FederatedGraph.Gateway.Planning.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FederatedGraph.Gateway.Execution;

/// <summary>Plans the operation (cached), runs its fetches and shapes the response; never throws to the host.</summary>
internal sealed class GatewayExecutor(
    OperationPlanner planner,
    CompositeSchema schema,
    SubgraphClients clients,
    GatewayExecutionOptions options,
    ILogger<GatewayExecutor>? logger = null) : IGatewayExecutor
{
    private readonly SubgraphTransport _transport = new(clients, options);
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    // Without @skip/@include the response shape depends only on the plan, so its requests share the collected fields.
    private readonly ConditionalWeakTable<OperationPlan, FieldCollector> _collectors = new();

    public async Task<IGatewayResult> ExecuteAsync(GatewayRequest request, CancellationToken cancellationToken)
    {
        OperationPlan plan;
        try
        {
            plan = planner.Plan(request.Document, request.OperationName);
        }
        catch (OperationPlanningException exception)
        {
            return GatewayResult.RequestError(exception.Code, exception.Message);
        }
        var planText = request.IncludePlan ? plan.Text : null;
        if (plan.Fetches.Count > options.MaxFetchesPerOperation)
            return GatewayResult.RequestError(GatewayErrorCodes.FetchLimitExceeded,
                $"The operation needs {plan.Fetches.Count} fetches; at most {options.MaxFetchesPerOperation} are allowed.", planText);

        var run = new OperationRun(plan, request, schema, _transport, options);
        try
        {
            await run.RunAsync(cancellationToken);
            var collector = plan.HasConditionalDirectives
                ? new FieldCollector(schema, plan, request.Variables)
                : _collectors.GetValue(plan, p => new FieldCollector(schema, p, null));
            var data = new ResponseShaper(schema, collector, run.Errors).Shape(run.Root, plan.RootTypeName);
            return new GatewayResult(true, data, Ordered(run.Errors), planText, run);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            run.Dispose();
            return GatewayResult.RequestError(GatewayErrorCodes.RequestCancelled, "The request was cancelled.", planText);
        }
        catch (Exception exception)
        {
            run.Dispose();
            _logger.LogError(exception, "The gateway failed to execute an operation.");
            return GatewayResult.RequestError(GatewayErrorCodes.InternalError, "An internal error occurred in the gateway.", planText);
        }
    }

    /// <summary>Errors by path, so that parallel fetches give the same response every time.</summary>
    private static List<GatewayError> Ordered(List<GatewayError> errors)
        => errors.Count < 2 ? errors : [.. errors.OrderBy(e => e.Path is null ? "" : string.Join('\u0001', e.Path.Select(s => s is int i ? i.ToString("D10") : s)), StringComparer.Ordinal)];
}
