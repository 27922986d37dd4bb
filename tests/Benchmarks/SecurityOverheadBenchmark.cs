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
/// What authentication and purpose binding cost: two federations in this process (five registries and a gateway each,
/// real HTTP on loopback), one as shipped, one whose gates admit every request unchecked; the same five-registry query
/// and caller against both in alternating turns. The checked side validates the token's signature against the JWKS,
/// decides the purpose and checks the operation's coordinates at the gateway and at every registry it calls.
/// </summary>
public static class SecurityOverheadBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var concurrency = Option(args, "--concurrency", 1);
        var duration = TimeSpan.FromSeconds(Option(args, "--seconds", 20));
        var rounds = Option(args, "--rounds", 10);
        var scale = OptionText(args, "--scale", RegistryServer.TestScale);

        Console.WriteLine($"Starting two federations in this process (scale {scale}): checked, and with every gate admitting unchecked...");
        await using var checkedRegistries = await FiveRegistries.StartAsync(scale);
        await using var uncheckedRegistries = await FiveRegistries.StartAsync(scale, services => services.AddSingleton<ICallerGate>(new UncheckedGate()));
        await using var checkedGateway = await StartGatewayAsync(checkedRegistries, null);
        await using var uncheckedGateway = await StartGatewayAsync(uncheckedRegistries, services => services.AddSingleton<ICallerGate>(new UncheckedGate()));

        var bsn = GatewayLoadBenchmark.PersonInAllRegistries(scale);
        var body = GatewayLoadBenchmark.Body(GatewayLoadBenchmark.GatewayQuery, new { bsn });
        using var client = TestIssuer.AuthoriseAsDeveloper(new HttpClient());
        Func<Task> viaChecked = () => GatewayLoadBenchmark.PostAsync(client, Url(checkedGateway), body);
        Func<Task> viaUnchecked = () => GatewayLoadBenchmark.PostAsync(client, Url(uncheckedGateway), body);

        // Warm-up: the JIT, the plan caches, the JWKS fetch of every checked process.
        await ClosedLoopLoad.AlternateAsync(concurrency, TimeSpan.FromSeconds(6), 2, viaChecked, viaUnchecked);
        var (withChecks, withoutChecks) = await ClosedLoopLoad.AlternateAsync(concurrency, duration, rounds, viaChecked, viaUnchecked);

        Console.WriteLine();
        Console.WriteLine($"One person across all five registries, {concurrency} closed-loop worker(s), {duration.TotalSeconds:F0} s per side in {rounds} alternating turns:");
        Console.WriteLine($"{"federation",-52} {"op/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}");
        Console.WriteLine($"{"with authentication, purpose and field checks",-52} {withChecks.PerSecond,8:F0} {withChecks.P50,8:F3} {withChecks.P95,8:F3} {withChecks.P99,8:F3}");
        Console.WriteLine($"{"without (every gate admits unchecked)",-52} {withoutChecks.PerSecond,8:F0} {withoutChecks.P50,8:F3} {withoutChecks.P95,8:F3} {withoutChecks.P99,8:F3}");
        var overhead = withChecks.P50 / withoutChecks.P50 - 1;
        Console.WriteLine($"authorisation overhead on p50: {overhead:P1} (target under 5 %: {(overhead < 0.05 ? "met" : "NOT met")}); " +
                          $"throughput ratio {withChecks.PerSecond / withoutChecks.PerSecond:F2}");
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

    /// <summary>Admits every request as the development caller with everything allowed, reading nothing of it.</summary>
    private sealed class UncheckedGate : ICallerGate
    {
        private static readonly AdmittedCaller Everyone = new(
            new Caller(SampleCallers.Development, "benchmark", null),
            new Permission(new ProcessingActivity
            {
                Id = SampleCallers.DevelopmentActivity,
                Version = "1",
                Name = "benchmark",
                Grants = [new ActivityGrant { Clients = [SampleCallers.Development], Fields = [GrantResolver.Everything] }],
            }, SampleCallers.Development));

        public Task<AdmittedCaller> AdmitAsync(HttpContext http) => Task.FromResult(Everyone);
    }
}
