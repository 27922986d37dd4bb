using static FederatedGraph.Benchmarks.Measurements;
using System.Diagnostics;
using FederatedGraph.Registries.Testing;
using FederatedGraph.Subgraphs.Brp;
using FederatedGraph.Subgraphs.SampleData;
using FederatedGraph.Subgraphs.Toolkit.Hosting;

namespace FederatedGraph.Benchmarks;

/// <summary>
/// Latency of one variable-batched request of N BSN lookups against the BRP subgraph over loopback
/// HTTP, next to the same N lookups as N sequential requests; also reports the seed time.
/// </summary>
public static class SubgraphBatchBenchmark
{
    private const string Lookup = "query($bsn: String!) { persoon(burgerservicenummer: $bsn) { burgerservicenummer naam { volledigeNaam } verblijfplaats { postcode huisnummer } } }";

    public static async Task<int> RunAsync(string[] args)
    {
        var keys = Option(args, "--keys", 100);
        var iterations = Option(args, "--iterations", 200);
        var scale = OptionText(args, "--scale", "default");

        Console.WriteLine($"Seeding BRP on SQLite (scale {scale})...");
        await using var server = await RegistryServer.StartAsync(new BrpSubgraph(), DatabaseProvider.Sqlite, scale);
        Console.WriteLine($"seed time: {server.SeedTime.TotalSeconds:F2} s (migrations + {new Municipality(SampleScaleParser.Parse(scale)).Brp.Personen.Count:N0} persons and their relations)");

        var bsns = new Municipality(SampleScaleParser.Parse(scale)).Brp.Personen.Select(p => p.Burgerservicenummer).Take(keys * 10).ToArray();
        var random = new Random(42);
        object[] Batch() => Enumerable.Range(0, keys).Select(_ => (object)new { bsn = bsns[random.Next(bsns.Length)] }).ToArray();

        // Warm up JIT, connection pools and SQLite's page cache.
        for (var i = 0; i < 20; i++) await server.PostAsync(Lookup, Batch(), "application/jsonl");

        server.Sql.Clear();
        var batched = await MeasureAsync(iterations, async () =>
        {
            var response = await server.PostAsync(Lookup, Batch(), "application/jsonl");
            if (response.Lines.Count != keys) throw new InvalidOperationException("Unexpected batch answer: " + response.Body[..200]);
        });
        var queriesPerBatch = server.Sql.SelectsFrom("personen").Count / (double)iterations;

        var sequentialIterations = Math.Max(10, iterations / 10);
        var sequential = await MeasureAsync(sequentialIterations, async () =>
        {
            foreach (var variables in Batch()) await server.PostAsync(Lookup, variables);
        });

        Console.WriteLine();
        Console.WriteLine($"{keys}-key variable batch, {iterations} requests: {Describe(batched)}");
        Console.WriteLine($"  SQL queries per batch: {queriesPerBatch:F2}");
        Console.WriteLine($"{keys} sequential single requests, {sequentialIterations} rounds: {Describe(sequential)}");
        Console.WriteLine($"ratio p50 sequential / batched: {Percentile(sequential, 0.50) / Percentile(batched, 0.50):F1}x");
        return 0;
    }
}
