using FederatedGraph.Security.Testing;
using FederatedGraph.FederationTesting;
using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using FederatedGraph.Gateway.Configuration;
using FederatedGraph.Gateway.Execution;
using FederatedGraph.Registries.Testing;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using static FederatedGraph.Benchmarks.Measurements;

namespace FederatedGraph.Benchmarks;

/// <summary>
/// The gateway's executor in-process over real HTTP to the five registries: planning time, latency of a query
/// that crosses four registries for N persons, HTTP requests per subgraph, the gateway's allocations per request,
/// and the same data fetched the naive way, one subgraph request per entity.
/// </summary>
public static class GatewayBenchmark
{
    private static string Query(int persons) => $$"""
        { personen(first: {{persons}}, order: [{ burgerservicenummer: ASC }]) { nodes {
            burgerservicenummer naam { volledigeNaam }
            ondernemingen { kvkNummer naam }
            eigendommen { identificatie grootte }
            verblijfplaats { nummeraanduiding { postcode verblijfsobject { oppervlakte status } } }
        } } }
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var persons = Math.Min(50, Option(args, "--entities", 50));
        var iterations = Option(args, "--iterations", 200);
        var scale = OptionText(args, "--scale", RegistryServer.TestScale);
        // Parsed once, as the host parses (and validates) before it calls the executor.
        var query = Parser.Parse(Query(persons));

        await using var registries = await FiveRegistries.StartAsync(scale);
        var names = new[] { "brp", "bag", "hr", "woz", "brk" };
        var urls = registries.Urls;
        var configuration = ReadGatewayConfiguration();

        Console.WriteLine(PlanningTimer.Measure(configuration, query));

        var counter = new RequestRecorder(replay: false);
        using var live = Executor(configuration, urls, counter);
        for (var i = 0; i < 30; i++) await ExecuteAsync(live, query);

        counter.Clear();
        await ExecuteAsync(live, query);
        Console.WriteLine($"HTTP requests for one query ({persons} persons): " + string.Join(", ", names.Select(n => $"{n} {counter.Count(n)}")));

        var gateway = await MeasureAsync(iterations, () => ExecuteAsync(live, query));
        Console.WriteLine($"federated query over 4 registries, {persons} persons, {iterations} requests: {Describe(gateway)}");

        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < 50; i++) await ExecuteAsync(live, query);
        Console.WriteLine($"allocated per request, whole process (gateway + in-process subgraphs): {(GC.GetTotalAllocatedBytes(precise: true) - before) / 50 / 1024.0:F0} KiB");

        // The same answers replayed from memory: what the gateway itself allocates, without the subgraphs.
        var replay = new RequestRecorder(replay: true);
        using var replaying = Executor(configuration, urls, replay);
        for (var i = 0; i < 30; i++) await ExecuteAsync(replaying, query);
        before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < 200; i++) await ExecuteAsync(replaying, query);
        Console.WriteLine($"allocated per request by the gateway (subgraph answers replayed from memory): {(GC.GetTotalAllocatedBytes(precise: true) - before) / 200 / 1024.0:F0} KiB");
        Console.WriteLine($"gateway's own time per request (subgraph answers replayed from memory): {Describe(await MeasureAsync(iterations, () => ExecuteAsync(replaying, query)))}");

        var naiveIterations = Math.Max(10, iterations / 10);
        var naive = await MeasureAsync(naiveIterations, () => NaiveAsync(registries["brp"], registries["hr"], registries["brk"], registries["bag"], persons));
        Console.WriteLine($"the same data one subgraph request per entity (1 + 3 x {persons} sequential requests), {naiveIterations} rounds: {Describe(naive)}");
        Console.WriteLine($"ratio p50 one-by-one / gateway: {Percentile(naive, 0.50) / Percentile(gateway, 0.50):F1}x");
        return 0;
    }

    private static ServiceProvider Executor(GatewayConfiguration configuration, Dictionary<string, string> urls, RequestRecorder recorder)
        => new ServiceCollection().AddGatewayExecution(configuration, new GatewayExecutionOptions
        {
            SourceSchemaUrls = urls,
            SubgraphHandler = recorder.HandlerFor,
        }).BuildServiceProvider();

    private static async Task ExecuteAsync(ServiceProvider services, GraphQLDocument query)
    {
        var executor = services.GetRequiredService<IGatewayExecutor>();
        using var result = await executor.ExecuteAsync(new GatewayRequest(query, null, null, TestIssuer.DeveloperHeaders, false), CancellationToken.None);
        if (((GatewayResult)result).Errors is [var error, ..]) throw new InvalidOperationException("The gateway answered errors: " + error.Message);
        using var writer = new Utf8JsonWriter(Stream.Null);
        result.WriteTo(writer);
    }

    /// <summary>What a client without a gateway does: the persons, then per person one request to each other registry.</summary>
    private static async Task NaiveAsync(RegistryServer brp, RegistryServer hr, RegistryServer brk, RegistryServer bag, int persons)
    {
        var personen = await brp.PostAsync($"{{ personen(first: {persons}, order: [{{ burgerservicenummer: ASC }}]) {{ nodes {{ burgerservicenummer naam {{ volledigeNaam }} verblijfplaats {{ nummeraanduiding {{ identificatie postcode }} }} }} }} }}");
        foreach (var node in personen.Data.GetProperty("personen").GetProperty("nodes").EnumerateArray())
        {
            var bsn = node.GetProperty("burgerservicenummer").GetString();
            await hr.PostAsync("query($bsn: String!) { persoon(burgerservicenummer: $bsn) { ondernemingen { kvkNummer naam } } }", new { bsn });
            await brk.PostAsync("query($bsn: String!) { persoon(burgerservicenummer: $bsn) { eigendommen { identificatie grootte } } }", new { bsn });
            var id = node.GetProperty("verblijfplaats").GetProperty("nummeraanduiding").GetProperty("identificatie").GetString();
            await bag.PostAsync("query($id: String!) { nummeraanduiding(identificatie: $id) { verblijfsobject { oppervlakte status } } }", new { id });
        }
    }

    /// <summary>Counts the gateway's requests per subgraph; when replaying, answers each request body it has seen from memory.</summary>
    private sealed class RequestRecorder(bool replay)
    {
        private readonly bool _replay = replay;
        private readonly ConcurrentDictionary<string, int> _counts = new();
        private readonly ConcurrentDictionary<string, (byte[] Body, string ContentType)> _answers = new();

        public int Count(string sourceSchema) => _counts.GetValueOrDefault(sourceSchema);

        public void Clear() => _counts.Clear();

        public DelegatingHandler HandlerFor(string sourceSchema) => new Handler(this, sourceSchema);

        private sealed class Handler(RequestRecorder recorder, string sourceSchema) : DelegatingHandler
        {
            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                recorder._counts.AddOrUpdate(sourceSchema, 1, (_, n) => n + 1);
                if (!recorder._replay) return await base.SendAsync(request, cancellationToken);

                var key = await request.Content!.ReadAsStringAsync(cancellationToken);
                if (!recorder._answers.TryGetValue(key, out var answer))
                {
                    using var response = await base.SendAsync(request, cancellationToken);
                    answer = (await response.Content.ReadAsByteArrayAsync(cancellationToken), response.Content.Headers.ContentType!.ToString());
                    recorder._answers[key] = answer;
                }
                var replayed = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(answer.Body) };
                replayed.Content.Headers.TryAddWithoutValidation("Content-Type", answer.ContentType);
                return replayed;
            }
        }
    }
}
