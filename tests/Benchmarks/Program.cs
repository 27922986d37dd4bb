using FederatedGraph.Benchmarks;

return args.FirstOrDefault() switch
{
    "subgraph-batch" => await SubgraphBatchBenchmark.RunAsync(args.Skip(1).ToArray()),
    "gateway" => await GatewayBenchmark.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine("""
        Usage: dotnet run -c Release --project tests/Benchmarks -- <benchmark> [options]

          subgraph-batch [--keys 100] [--iterations 200] [--scale default]
              Seeds the BRP subgraph on SQLite, then measures a variable batch of BSN lookups
              (p50/p95/p99) against the same lookups sent one request each.

          gateway [--entities 50] [--iterations 200] [--scale 2000]
              Starts the five registries on SQLite and the gateway's executor in-process, then prints
              planning time (cold and cached), the latency of a query over four registries for N persons,
              HTTP requests per subgraph, allocations per request, and the ratio to one request per entity.
        """);
    return 2;
}
