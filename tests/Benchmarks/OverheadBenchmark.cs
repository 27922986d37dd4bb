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
/// What one part of the federation costs: two federations in this process (five registries and a gateway each, real
/// HTTP on loopback), one as shipped and one with the part taken out (<see cref="Comparison.Remove"/>), the same
/// five-registry query and caller against both in alternating turns, in one run.
/// </summary>
public static class OverheadBenchmark
{
    /// <param name="Remove">Services that take the part out, applied to every registry and the gateway of the second federation.</param>
    public sealed record Comparison(string Name, string With, string Without, double Target, Action<IServiceCollection> Remove);

    public static async Task<int> RunAsync(string[] args, Comparison comparison)
    {
        var concurrency = Option(args, "--concurrency", 1);
        var duration = TimeSpan.FromSeconds(Option(args, "--seconds", 20));
        var rounds = Option(args, "--rounds", 10);
        var scale = OptionText(args, "--scale", RegistryServer.TestScale);

        Console.WriteLine($"Starting two federations in this process (scale {scale}): as shipped, and {comparison.Without}...");
        await using var shippedRegistries = await FiveRegistries.StartAsync(scale);
        await using var unshippedRegistries = await FiveRegistries.StartAsync(scale, comparison.Remove);
        await using var shippedGateway = await StartGatewayAsync(shippedRegistries, null);
        await using var unshippedGateway = await StartGatewayAsync(unshippedRegistries, comparison.Remove);

        var bsn = GatewayLoadBenchmark.PersonInAllRegistries(scale);
        var body = GatewayLoadBenchmark.Body(GatewayLoadBenchmark.GatewayQuery, new { bsn });
        using var client = TestIssuer.AuthoriseAsDeveloper(new HttpClient());
        Func<Task> viaShipped = () => GatewayLoadBenchmark.PostAsync(client, Url(shippedGateway), body);
        Func<Task> viaRemoved = () => GatewayLoadBenchmark.PostAsync(client, Url(unshippedGateway), body);

        // Warm-up: the JIT, the plan caches, the JWKS fetch of every process.
        await ClosedLoopLoad.AlternateAsync(concurrency, TimeSpan.FromSeconds(6), 2, viaShipped, viaRemoved);
        var (shipped, removed) = await ClosedLoopLoad.AlternateAsync(concurrency, duration, rounds, viaShipped, viaRemoved);

        Console.WriteLine();
        Console.WriteLine($"One person across all five registries, {concurrency} closed-loop worker(s), {duration.TotalSeconds:F0} s per side in {rounds} alternating turns:");
        Console.WriteLine($"{"federation",-52} {"op/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}");
        Console.WriteLine($"{comparison.With,-52} {shipped.PerSecond,8:F0} {shipped.P50,8:F3} {shipped.P95,8:F3} {shipped.P99,8:F3}");
        Console.WriteLine($"{comparison.Without,-52} {removed.PerSecond,8:F0} {removed.P50,8:F3} {removed.P95,8:F3} {removed.P99,8:F3}");
        var overhead = shipped.P50 / removed.P50 - 1;
        Console.WriteLine($"{comparison.Name} overhead on p50: {overhead:P1} (target under {comparison.Target:P0}: {(overhead < comparison.Target ? "met" : "NOT met")}); " +
                          $"throughput ratio {shipped.PerSecond / removed.PerSecond:F2}");
        return 0;
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
