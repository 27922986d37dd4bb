using FederatedGraph.Benchmarks;

return args.FirstOrDefault() switch
{
    "subgraph-batch" => await SubgraphBatchBenchmark.RunAsync(args.Skip(1).ToArray()),
    "gateway" => await GatewayBenchmark.RunAsync(args.Skip(1).ToArray()),
    "gateway-load" => await GatewayLoadBenchmark.RunAsync(args.Skip(1).ToArray()),
    "security-overhead" => await SecurityOverheadBenchmark.RunAsync(args.Skip(1).ToArray()),
    "processing-log-overhead" => await ProcessingLogOverheadBenchmark.RunAsync(args.Skip(1).ToArray()),
    "peer-gateways" => await PeerGatewaysBenchmark.RunAsync(args.Skip(1).ToArray()),
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

          gateway-load [--concurrency 16] [--duration 15s] [--warmup 3s] [--settle 20] [--scale default] [--base-port 5300] [--bsn <bsn>]
              Needs `hey` on PATH (apt-get install hey). Starts the federation through the launcher (each registry
              and the gateway in its own process), warms it up, then loads the gateway with one person's query over
              all five registries and each direct registry request alone (hey), and prints req/s and p50/p95/p99 per
              row with the critical-path estimate (brp + max(bag, hr, brk) + woz); then the whole direct chain and the
              gateway from one closed-loop client in alternating turns, with their ratio; and planner time.

          security-overhead [--concurrency 1] [--seconds 20] [--rounds 10] [--scale 2000]
          processing-log-overhead [--concurrency 1] [--seconds 20] [--rounds 10] [--scale 2000]
              Start two federations in-process (five registries and a gateway each): one as shipped, and one whose
              gates admit every request unchecked (security-overhead), or whose processing log writes nothing
              (processing-log-overhead). Both are loaded with one person's query over all five registries in
              alternating turns: op/s and p50/p95/p99 of each, and the overhead on p50 (targets < 5 % and < 10 %).

          peer-gateways [--duration 20] [--connections 50] [--warmup 5] [--registry-warmup 90] [--query both|benchmark|registries] [--base-port 4700] [--scale default]
              Needs `wrk` (apt-get install wrk) and node/npm; runs `npm ci` in tests/Benchmarks/peers when its node_modules
              are missing. Our gateway (with and without Gateway:DeduplicateRequests), Hive Gateway (JavaScript and Rust
              query planner, deduplication off and on) and Apollo Gateway, one at a time on the same Apollo supergraph:
              the graphql-gateways-benchmark TestQuery over its four subgraphs (answer checked byte for byte), and the
              README's five-registry query over the launched registries. Prints req/s, p50/p95/p99, errors, CPU and peak
              RSS per gateway, with the ratios to Hive Gateway.
        """);
    return 2;
}
