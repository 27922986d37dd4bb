using FederatedGraph.Authorization;
using FederatedGraph.FederationTesting;
using FederatedGraph.Gateway;
using FederatedGraph.Registries.Testing;
using FederatedGraph.Security;
using FederatedGraph.Security.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using static FederatedGraph.Benchmarks.Measurements;

namespace FederatedGraph.Benchmarks;

/// <summary>
/// What one part of the federation costs: federations side by side in this process (five registries and a gateway each,
/// real HTTP on loopback), as shipped and configured otherwise (<see cref="Side.Configure"/>), the same five-registry query
/// and caller against each in alternating turns, in one run. The last side is the one without the part; the overhead of
/// every other side is measured against it.
/// </summary>
public static class OverheadBenchmark
{
    /// <param name="Configure">Services applied to every registry and the gateway of this side's federation; null as shipped.</param>
    public sealed record Side(string Label, Action<IServiceCollection>? Configure);

    public sealed record Comparison(string Name, double Target, IReadOnlyList<Side> Sides);

    public static async Task<int> RunAsync(string[] args, Comparison comparison)
    {
        var concurrency = Option(args, "--concurrency", 1);
        var duration = TimeSpan.FromSeconds(Option(args, "--seconds", 20));
        var rounds = Option(args, "--rounds", 10);
        var scale = OptionText(args, "--scale", RegistryServer.TestScale);

        Console.WriteLine($"Starting {comparison.Sides.Count} federations in this process (scale {scale}): {string.Join("; ", comparison.Sides.Select(s => s.Label))}...");
        var registries = new List<FiveRegistries>();
        var gateways = new List<WebApplication>();
        try
        {
            foreach (var side in comparison.Sides)
            {
                registries.Add(await FiveRegistries.StartAsync(scale, side.Configure));
                gateways.Add(await StartGatewayAsync(registries[^1], side.Configure));
            }

            var bsn = GatewayLoadBenchmark.PersonInAllRegistries(scale);
            var body = GatewayLoadBenchmark.Body(GatewayLoadBenchmark.GatewayQuery, new { bsn });
            using var client = TestIssuer.AuthoriseAsDeveloper(new HttpClient());
            var sides = gateways.Select(gateway => (Func<Task>)(() => GatewayLoadBenchmark.PostAsync(client, Url(gateway), body))).ToList();

            // Warm-up: the JIT, the plan caches, the JWKS fetch of every process.
            await ClosedLoopLoad.AlternateAsync(concurrency, TimeSpan.FromSeconds(6), 2, sides);
            var figures = await ClosedLoopLoad.AlternateAsync(concurrency, duration, rounds, sides);

            Console.WriteLine();
            Console.WriteLine($"One person across all five registries, {concurrency} closed-loop worker(s), {duration.TotalSeconds:F0} s per side in {rounds} alternating turns:");
            Console.WriteLine($"{"federation",-60} {"op/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}");
            for (var i = 0; i < figures.Count; i++)
                Console.WriteLine($"{comparison.Sides[i].Label,-60} {figures[i].PerSecond,8:F0} {figures[i].P50,8:F3} {figures[i].P95,8:F3} {figures[i].P99,8:F3}");
            var without = figures[^1];
            for (var i = 0; i < figures.Count - 1; i++)
            {
                var overhead = figures[i].P50 / without.P50 - 1;
                Console.WriteLine($"{comparison.Name} overhead on p50, {comparison.Sides[i].Label}: {overhead:P1} (target under {comparison.Target:P0}: " +
                                  $"{(overhead < comparison.Target ? "met" : "NOT met")}); throughput ratio {figures[i].PerSecond / without.PerSecond:F2}");
            }
            return 0;
        }
        finally
        {
            foreach (var gateway in gateways) await gateway.DisposeAsync();
            foreach (var federation in registries) await federation.DisposeAsync();
        }
    }

    private static async Task<WebApplication> StartGatewayAsync(FiveRegistries registries, Action<IServiceCollection>? configureServices)
    {
        var gateway = GatewayHost.Build(
        [
            "--urls=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            .. TestIssuer.ProcessSettings("gateway"),
            .. registries.Urls.Select(r => $"--Gateway:SourceSchemas:{r.Key}:Url={r.Value}"),
        ], configureServices);
        await gateway.StartAsync();
        return gateway;
    }

    private static string Url(WebApplication app) => new Uri(new Uri(app.Urls.First()), "/graphql").ToString();

}
