using System.Diagnostics;
using System.Text.Json;
using FederatedGraph.Checkout;
using FederatedGraph.Gateway;
using FederatedGraph.GraphQLOverHttp;
using GraphQL.SystemTextJson;
using static FederatedGraph.Benchmarks.Measurements;

namespace FederatedGraph.Benchmarks;

/// <summary>The gateway host's time to take a request it has seen before (document cached) to an executable
/// operation: limits, the cached validation, and the variables' coercion.</summary>
internal static class PreparationTimer
{
    public static string Measure(string query, object variables)
    {
        var schema = PublicSchema.Parse(File.ReadAllText(RepositoryRoot.Path("schema", "gateway.graphqls")));
        var preparer = new OperationPreparer(schema, new GatewayLimits(), new GraphQLSerializer());
        var request = new GraphQLRequest(query, null, [JsonSerializer.SerializeToElement(variables)], false, null);
        for (var i = 0; i < 2000; i++) preparer.PrepareAsync(request, false, default).GetAwaiter().GetResult();
        var times = new List<double>();
        for (var i = 0; i < 5000; i++)
        {
            var started = Stopwatch.GetTimestamp();
            preparer.PrepareAsync(request, false, default).GetAwaiter().GetResult();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds * 1000);
        }
        times.Sort();
        return $"preparing a known operation (gateway host): p50 {Percentile(times, 0.5):F1} µs, p99 {Percentile(times, 0.99):F1} µs";
    }
}
