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
/// What authentication and purpose binding cost. The checked side validates the token's signature against the JWKS,
/// decides the purpose and checks the operation's coordinates at the gateway and at every registry it calls; the other
/// side's gates admit every request unchecked.
/// </summary>
public static class SecurityOverheadBenchmark
{
    public static Task<int> RunAsync(string[] args) => OverheadBenchmark.RunAsync(args, new OverheadBenchmark.Comparison("authorisation", 0.05,
    [
        new("with authentication, purpose and field checks", null),
        new("without (every gate admits unchecked)", services => services.AddSingleton<ICallerGate>(new UncheckedGate())),
    ]));

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
