using FederatedGraph.Benchmarks;

return args.FirstOrDefault() switch
{
    "subgraph-batch" => await SubgraphBatchBenchmark.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine("""
        Usage: dotnet run -c Release --project tests/Benchmarks -- <benchmark> [options]

          subgraph-batch [--keys 100] [--iterations 200] [--scale default]
              Seeds the BRP subgraph on SQLite, then measures a variable batch of BSN lookups
              (p50/p95/p99) against the same lookups sent one request each.
        """);
    return 2;
}
