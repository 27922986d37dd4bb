using System.Diagnostics;
using FederatedGraph.Gateway.Configuration;
using FederatedGraph.Gateway.Planning.Planner;
using FederatedGraph.Gateway.Planning.Schema;
using GraphQLParser.AST;
using static FederatedGraph.Benchmarks.Measurements;

namespace FederatedGraph.Benchmarks;

/// <summary>The planner's time for one operation: cold (a fresh planner, so no cached plan) and cached (the same planner again).</summary>
internal static class PlanningTimer
{
    public static PlanningTimes Measure(GatewayConfiguration configuration, GraphQLDocument document)
    {
        var schema = CompositeSchemaBuilder.FromConfiguration(configuration);
        for (var i = 0; i < 200; i++) new OperationPlanner(schema).Plan(document, null);
        var cold = new List<double>();
        for (var i = 0; i < 500; i++)
        {
            var planner = new OperationPlanner(schema);
            var started = Stopwatch.GetTimestamp();
            planner.Plan(document, null);
            cold.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds * 1000);
        }
        var cached = new List<double>();
        var warm = new OperationPlanner(schema);
        warm.Plan(document, null);
        for (var i = 0; i < 5000; i++)
        {
            var started = Stopwatch.GetTimestamp();
            warm.Plan(document, null);
            cached.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds * 1000);
        }
        cold.Sort();
        cached.Sort();
        return new PlanningTimes(Percentile(cold, 0.5), Percentile(cold, 0.99), Percentile(cached, 0.5), Percentile(cached, 0.99));
    }
}

/// <summary>Planner percentiles in microseconds.</summary>
internal sealed record PlanningTimes(double ColdP50, double ColdP99, double CachedP50, double CachedP99)
{
    public override string ToString()
        => $"planning, cold: p50 {ColdP50:F1} µs, p99 {ColdP99:F1} µs; cached: p50 {CachedP50:F2} µs, p99 {CachedP99:F2} µs";
}
