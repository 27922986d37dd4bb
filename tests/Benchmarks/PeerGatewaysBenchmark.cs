using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FederatedGraph.Checkout;
using static FederatedGraph.Benchmarks.Measurements;

namespace FederatedGraph.Benchmarks;

/// <summary>
/// Our gateway next to peer gateways from npm (Hive Gateway, Hive Gateway with its Rust query planner, Apollo Gateway),
/// one at a time on this machine, each on the same Apollo supergraph and loaded by <c>wrk</c> with the same POST:
/// <list type="number">
/// <item>the graphql-gateways-benchmark's <c>TestQuery</c> over its four subgraphs (accounts, inventory, products,
/// reviews), written in Node in <c>peers/subgraphs.mjs</c>, whose 87 KB answer must equal the benchmark's expected
/// response byte for byte;</item>
/// <item>the README's five-registry query (example 1) over our registries started by the launcher, the peers passing
/// the caller's token and purpose on to them.</item>
/// </list>
/// Each gateway is warmed up (every answer checked for a clean GraphQL result), then loaded over a fixed number of
/// connections while its CPU time and peak RSS are read from <c>/proc</c>.
/// </summary>
public static class PeerGatewaysBenchmark
{
    /// <summary>README example 1: a business owner, from all five registries.</summary>
    internal const string FiveRegistryQuery = """
        {
          maatschappelijkeActiviteiten(first: 1, where: { rechtsvorm: { eq: "Eenmanszaak" } }, order: [{ kvkNummer: ASC }]) {
            nodes {
              naam
              eigenaar {
                ... on Persoon {
                  naam { volledigeNaam }
                  verblijfplaats {
                    nummeraanduiding {
                      postcode huisnummer
                      verblijfsobject { oppervlakte wozObject { waarden { vastgesteldeWaarde waardepeildatum } } wozWaardePerVierkanteMeter }
                    }
                  }
                  eigendommen { kadastraleAanduiding { kadastraleGemeente sectie perceelnummer } }
                }
              }
            }
          }
        }
        """;

    private static readonly string[] BenchmarkSubgraphs = ["accounts", "inventory", "products", "reviews"];
    private static readonly string[] Registries = ["brp", "bag", "hr", "woz", "brk"];
    private static readonly string[] ForwardedHeaders = ["authorization", "x-processing-activity"];

    private sealed record Settings(int Seconds, int Connections, int Warmup, int RegistryWarmup, int BasePort, string Scale, string Peers, string GatewayDll);

    /// <summary>One gateway to load: how to start it on a supergraph and port (null: already running), and where it answers.</summary>
    private sealed record Contender(string Name, string Dedup, Func<string, int, ProcessStartInfo>? Start, string Path, bool Ours, bool HiveReference = false);

    private sealed record Row(Contender Contender, string Answer, WrkResult? Warmup, WrkResult? Load, double CpuPercent, double PeakRssMiB,
        double? SubgraphRequestsPerQuery, string? Failure);

    public static async Task<int> RunAsync(string[] args)
    {
        if (!Wrk.IsInstalled())
        {
            Console.Error.WriteLine(Wrk.InstallHint);
            return 1;
        }
        var root = RepositoryRoot.Find();
        var settings = new Settings(Option(args, "--duration", 20), Option(args, "--connections", 50), Option(args, "--warmup", 5),
            Option(args, "--registry-warmup", 90), Option(args, "--base-port", 4700), OptionText(args, "--scale", "default"), Path.Combine(root, "tests", "Benchmarks", "peers"),
            Path.Combine(root, "gateway", "Host", "bin", "Release", "net10.0", "FederatedGraph.Gateway.dll"));
        var which = OptionText(args, "--query", "both");
        if (!File.Exists(settings.GatewayDll))
        {
            Console.Error.WriteLine($"{settings.GatewayDll} is missing: run with `dotnet run -c Release --project tests/Benchmarks`, which builds it.");
            return 1;
        }
        if (!Directory.Exists(Path.Combine(settings.Peers, "node_modules")))
        {
            Console.WriteLine("Installing the peer gateways and subgraph libraries: npm ci in tests/Benchmarks/peers ...");
            if (await RunToEndAsync(new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"]) { WorkingDirectory = settings.Peers }) != 0)
                return 1;
        }

        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores (nproc), {CpuModel()}; node {(await OutputOfAsync("node", "--version")).Trim()}; " +
                          $"{(await OutputOfAsync("wrk", "--version")).Split('\n')[0].Trim()}");
        Console.WriteLine($"Load average before: {LoadAverage()} (other processes on this machine share its cores).");
        Console.WriteLine($"Load: wrk, {settings.Connections} connections, 2 threads, {settings.Warmup} s warm-up (answers checked), then {settings.Seconds} s measured.");

        var tables = new List<(string Title, List<Row> Rows)>();
        var failed = false;
        if (which is "both" or "benchmark")
        {
            var rows = await BenchmarkQueryAsync(settings);
            tables.Add(("graphql-gateways-benchmark TestQuery (4 subgraphs, 87 KB answer)", rows));
            Print(tables[^1].Title, rows);
            failed |= rows.Any(r => r.Contender.Ours && r.Answer != "identical");
        }
        if (which is "both" or "registries")
        {
            try
            {
                tables.Add(("README example 1: a business owner, from all five registries", await RegistriesQueryAsync(settings)));
            }
            catch (InvalidOperationException exception)
            {
                Console.WriteLine($"The five-registry comparison failed: {exception.Message}");
                failed = true;
            }
        }

        Console.WriteLine();
        foreach (var (title, rows) in tables) Print(title, rows);
        if (failed) Console.WriteLine("FAILED: our gateway's answer to the TestQuery differs from the expected response.");
        return failed ? 1 : 0;
    }

    private static List<Contender> Contenders(string peers, string gatewayDll, string dataDirectory, bool withOurs, IReadOnlyList<string> forwarded)
    {
        var key = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(
            Encoding.UTF8.GetBytes("FederatedGraph development pseudonymisation key: gateway")));
        ProcessStartInfo Ours(string supergraph, int port, bool dedup) => new("dotnet",
        [
            gatewayDll, "--environment=Development", $"--Gateway:Supergraph={supergraph}", "--Gateway:AnonymousCallers=true",
            $"--Gateway:DeduplicateRequests={(dedup ? "true" : "false")}", $"--urls=http://127.0.0.1:{port}",
            $"--ProcessingLog:PseudonymKey={key}", "--Logging:LogLevel:Default=Warning",
        ]) { WorkingDirectory = dataDirectory };
        ProcessStartInfo Hive(string supergraph, int port, bool rust, bool dedup)
        {
            // The Rust planner answers nulls with --jit (Hive Gateway 2.15.1), so it runs without; the JavaScript
            // planner runs with --jit, as in the graphql-gateways-benchmark.
            var info = new ProcessStartInfo("node", [Path.Combine(peers, "node_modules", ".bin", "hive-gateway"), "supergraph", supergraph,
                "--host", "127.0.0.1", "--port", $"{port}", "-c", Path.Combine(peers, "gateway.config.mjs"), .. rust ? Array.Empty<string>() : ["--jit"]])
            { WorkingDirectory = peers };
            info.Environment["NODE_ENV"] = "production";
            info.Environment["PEER_HIVE_PLANNER"] = rust ? "rust" : "javascript";
            info.Environment["PEER_DEDUPLICATE"] = dedup ? "true" : "false";
            info.Environment["PEER_FORWARD_HEADERS"] = string.Join(",", forwarded);
            return info;
        }
        ProcessStartInfo Apollo(string supergraph, int port)
        {
            var info = new ProcessStartInfo("node", [Path.Combine(peers, "apollo-gateway.mjs"), supergraph, $"{port}"]) { WorkingDirectory = peers };
            info.Environment["NODE_ENV"] = "production";
            info.Environment["PEER_FORWARD_HEADERS"] = string.Join(",", forwarded);
            return info;
        }

        var contenders = new List<Contender>();
        if (withOurs)
        {
            contenders.Add(new("FederatedGraph", "off", (s, p) => Ours(s, p, dedup: false), "/graphql", Ours: true));
            contenders.Add(new("FederatedGraph", "on", (s, p) => Ours(s, p, dedup: true), "/graphql", Ours: true));
        }
        contenders.Add(new("Hive Gateway", "off", (s, p) => Hive(s, p, rust: false, dedup: false), "/graphql", Ours: false, HiveReference: true));
        contenders.Add(new("Hive Gateway", "on (default)", (s, p) => Hive(s, p, rust: false, dedup: true), "/graphql", Ours: false, HiveReference: true));
        contenders.Add(new("Hive Gateway, Rust planner", "off", (s, p) => Hive(s, p, rust: true, dedup: false), "/graphql", Ours: false));
        contenders.Add(new("Hive Gateway, Rust planner", "on (default)", (s, p) => Hive(s, p, rust: true, dedup: true), "/graphql", Ours: false));
        contenders.Add(new("Apollo Gateway", "none", (s, p) => Apollo(s, p), "/", Ours: false));
        return contenders;
    }

    private static async Task<List<Row>> BenchmarkQueryAsync(Settings settings)
    {
        Console.WriteLine();
        Console.WriteLine("== The graphql-gateways-benchmark TestQuery ==");
        var work = Directory.CreateTempSubdirectory("peer-benchmark-").FullName;
        var subgraphs = new List<Process>();
        try
        {
            var urls = new List<string>();
            for (var i = 0; i < BenchmarkSubgraphs.Length; i++)
            {
                var port = settings.BasePort + 1 + i;
                subgraphs.Add(await StartAsync(new ProcessStartInfo("node", [Path.Combine(settings.Peers, "subgraphs.mjs"), BenchmarkSubgraphs[i], $"{port}"])
                    { WorkingDirectory = settings.Peers }, readyLine: "ready "));
                urls.Add($"{BenchmarkSubgraphs[i]}=http://127.0.0.1:{port}/graphql");
            }
            var supergraph = Path.Combine(work, "supergraph.graphql");
            if (await RunToEndAsync(new ProcessStartInfo("node", [Path.Combine(settings.Peers, "compose.mjs"), supergraph, .. urls]) { WorkingDirectory = settings.Peers }) != 0)
                throw new InvalidOperationException("Composing the benchmark's supergraph failed.");
            Keep(supergraph, "benchmark-supergraph.graphql");

            var query = await File.ReadAllTextAsync(Path.Combine(settings.Peers, "test-query.graphql"));
            var bodyFile = Path.Combine(work, "body.json");
            await File.WriteAllTextAsync(bodyFile, JsonSerializer.Serialize(new { query }));
            var expected = await File.ReadAllBytesAsync(Path.Combine(settings.Peers, "expected-response.json"));

            using var counts = new HttpClient();
            async Task<long> SubgraphRequests()
            {
                long total = 0;
                for (var i = 0; i < BenchmarkSubgraphs.Length; i++)
                    total += JsonNode.Parse(await counts.GetStringAsync($"http://127.0.0.1:{settings.BasePort + 1 + i}/requests"))!["requests"]!.GetValue<long>();
                return total;
            }
            var rows = new List<Row>();
            foreach (var contender in Contenders(settings.Peers, settings.GatewayDll, work, withOurs: true, forwarded: []))
                rows.Add(await MeasureAsync(settings, contender, supergraph, settings.BasePort + 10, bodyFile, [], expected.Length,
                    answer => CompareBytes(answer, expected, exact: contender.Ours), SubgraphRequests));
            return rows;
        }
        finally
        {
            foreach (var subgraph in subgraphs) await StopAsync(subgraph);
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<List<Row>> RegistriesQueryAsync(Settings settings)
    {
        Console.WriteLine();
        Console.WriteLine("== README example 1: a business owner, from all five registries ==");
        var work = Directory.CreateTempSubdirectory("peer-benchmark-").FullName;
        var bodyFile = Path.Combine(work, "body.json");
        await File.WriteAllTextAsync(bodyFile, JsonSerializer.Serialize(new { query = FiveRegistryQuery }));
        var registryPort = settings.BasePort + 100;
        var rows = new List<Row>();
        try
        {
            JsonNode? ourData = null;
            string CompareData(byte[] answer)
            {
                var data = JsonNode.Parse(answer)?["data"];
                if (ourData is null)
                {
                    ourData = data?.DeepClone();
                    return data is null ? "no data" : "reference";
                }
                return JsonNode.DeepEquals(ourData, data) ? "same data" : "DIFFERENT data";
            }

            await using (var federation = await LaunchedFederation.StartAsync(settings.Scale, registryPort))
            {
                var headers = federation.Headers;
                var supergraph = Path.Combine(work, "supergraph.graphql");
                var compose = new ProcessStartInfo("node", [Path.Combine(settings.Peers, "compose.mjs"), supergraph,
                    .. Registries.Select(r => $"{r}={federation.Urls[r]}")]) { WorkingDirectory = settings.Peers };
                compose.Environment["FEDERATEDGRAPH_TOKEN"] = HeaderValue(headers, "authorization").Replace("Bearer ", "", StringComparison.Ordinal);
                compose.Environment["FEDERATEDGRAPH_PROCESSING_ACTIVITY"] = HeaderValue(headers, "x-processing-activity");
                if (await RunToEndAsync(compose) != 0) throw new InvalidOperationException("Composing the registries' supergraph failed.");
                Keep(supergraph, "registries-supergraph.graphql");

                await WarmUpRegistriesAsync(settings, federation.Urls["gateway"], bodyFile, headers);
                var ours = new Contender("FederatedGraph", "off", null, "", Ours: true);
                rows.Add(await MeasureRunningAsync(settings, ours, federation.Urls["gateway"], federation.Pids["gateway"], bodyFile, headers, CompareData));
                foreach (var contender in Contenders(settings.Peers, settings.GatewayDll, work, withOurs: false, ForwardedHeaders))
                    rows.Add(await MeasureAsync(settings, contender, supergraph, settings.BasePort + 10, bodyFile, headers, null, CompareData));
            }
            // Our gateway with deduplication: the launcher's processes inherit its environment.
            await using (var federation = await LaunchedFederation.StartAsync(settings.Scale, registryPort,
                             new Dictionary<string, string> { ["Gateway__DeduplicateRequests"] = "true" }))
            {
                await WarmUpRegistriesAsync(settings, federation.Urls["gateway"], bodyFile, federation.Headers);
                var ours = new Contender("FederatedGraph", "on", null, "", Ours: true);
                rows.Insert(1, await MeasureRunningAsync(settings, ours, federation.Urls["gateway"], federation.Pids["gateway"], bodyFile, federation.Headers, CompareData));
            }
            return rows;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Copies a composed supergraph to <c>artifacts/peer-gateways/</c> (git-ignored) for inspection.</summary>
    private static void Keep(string file, string name)
    {
        var directory = Path.Combine(RepositoryRoot.Find(), "artifacts", "peer-gateways");
        Directory.CreateDirectory(directory);
        File.Copy(file, Path.Combine(directory, name), overwrite: true);
    }

    private static string HeaderValue(IReadOnlyList<(string Name, string Value)> headers, string name)
        => headers.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Value
           ?? throw new InvalidOperationException($"The launcher printed no {name} header.");

    private static async Task<Row> MeasureAsync(Settings settings, Contender contender, string supergraph, int port, string bodyFile,
        IReadOnlyList<(string Name, string Value)> headers, int? expectedLength, Func<byte[], string> check, Func<Task<long>>? subgraphRequests = null)
    {
        Console.WriteLine($"-- {contender.Name}, deduplication {contender.Dedup}");
        Process? process = null;
        try
        {
            process = await StartAsync(contender.Start!(supergraph, port), readyLine: null);
            var url = $"http://127.0.0.1:{port}{contender.Path}";
            var started = process;
            return await MeasureRunningAsync(settings, contender, url, process.Id, bodyFile, headers, check, expectedLength, subgraphRequests,
                exited: () => started.HasExited);
        }
        catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException or TimeoutException)
        {
            Console.WriteLine($"   failed: {exception.Message}");
            if (process is not null) Console.WriteLine("   its last output:\n" + LastOutput(process));
            return new Row(contender, "failed", null, null, 0, 0, null, exception.Message);
        }
        finally
        {
            if (process is not null) await StopAsync(process);
        }
    }

    /// <summary>
    /// Loads a freshly launched federation, unmeasured, until its registries are warm (JIT, EF Core, SQLite caches):
    /// they get faster for tens of seconds, and the gateway measured first would otherwise pay for it alone.
    /// </summary>
    private static async Task WarmUpRegistriesAsync(Settings settings, string gatewayUrl, string bodyFile, IReadOnlyList<(string Name, string Value)> headers)
    {
        var warmup = await Wrk.RunAsync(gatewayUrl, bodyFile, headers, settings.Connections, settings.RegistryWarmup, checkBodies: false);
        Console.WriteLine($"   registries warmed up through our gateway: {settings.RegistryWarmup} s, {warmup.Requests} requests");
    }

    private static async Task<Row> MeasureRunningAsync(Settings settings, Contender contender, string url, int pid, string bodyFile,
        IReadOnlyList<(string Name, string Value)> headers, Func<byte[], string> check, int? expectedLength = null, Func<Task<long>>? subgraphRequests = null,
        Func<bool>? exited = null)
    {
        if (contender.Start is null) Console.WriteLine($"-- {contender.Name}, deduplication {contender.Dedup}");
        var body = await File.ReadAllTextAsync(bodyFile);
        var answer = await FirstAnswerAsync(url, body, headers, exited ?? (() => false));
        var verdict = check(answer);
        Console.WriteLine($"   answer: {answer.Length} bytes, {verdict}");

        var warmup = await Wrk.RunAsync(url, bodyFile, headers, settings.Connections, settings.Warmup, checkBodies: true, expectedLength);
        Console.WriteLine($"   warm-up: {warmup.Requests} requests, {warmup.Errors} HTTP/socket errors, {warmup.BadBodies} answers not a clean GraphQL result" +
                          (warmup.BadSample is null ? "" : $" (first: {warmup.BadSample})"));

        var subgraphRequestsBefore = subgraphRequests is null ? 0 : await subgraphRequests();
        var usage = ProcessUsage.Start(pid);
        var load = await Wrk.RunAsync(url, bodyFile, headers, settings.Connections, settings.Seconds, checkBodies: false);
        var (cpu, wall, rss) = await usage.StopAsync();
        // Requests still open when wrk stopped may have reached the subgraphs: a little more than the answered ones.
        double? perQuery = subgraphRequests is null || load.Requests == 0 ? null : (await subgraphRequests() - subgraphRequestsBefore) / (double)load.Requests;
        var row = new Row(contender, verdict, warmup, load, 100 * cpu / wall, rss, perQuery, null);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   {load.RequestsPerSecond:F0} req/s, p50 {load.P50:F2} ms, p95 {load.P95:F2} ms, p99 {load.P99:F2} ms, {load.Errors} errors, CPU {row.CpuPercent:F0} %, " +
            $"peak RSS {rss:F0} MiB{(perQuery is null ? "" : $", {perQuery:F1} subgraph requests per query")}; load average {LoadAverage()}"));
        return row;
    }

    private static async Task<byte[]> FirstAnswerAsync(string url, string body, IReadOnlyList<(string Name, string Value)> headers, Func<bool> exited)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Content.Headers.ContentType!.CharSet = null;
            request.Headers.TryAddWithoutValidation("Accept", "application/json");
            foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
            try
            {
                using var response = await client.SendAsync(request);
                var bytes = await response.Content.ReadAsByteArrayAsync();
                if (response.IsSuccessStatusCode) return bytes;
                if (deadline.Elapsed > TimeSpan.FromSeconds(90))
                    throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: {Encoding.UTF8.GetString(bytes)[..Math.Min(bytes.Length, 500)]}");
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(90) && !exited())
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
    }

    private static string CompareBytes(byte[] answer, byte[] expected, bool exact)
    {
        if (answer.AsSpan().SequenceEqual(expected)) return "identical";
        var trimmed = answer.AsSpan().TrimEnd("\r\n"u8);
        if (!exact && trimmed.SequenceEqual(expected)) return "identical (+ newline)";
        var at = 0;
        while (at < Math.Min(answer.Length, expected.Length) && answer[at] == expected[at]) at++;
        var around = Encoding.UTF8.GetString(answer, Math.Max(0, at - 40), Math.Min(120, answer.Length - Math.Max(0, at - 40)));
        Console.WriteLine($"   DIFFERENT from the expected response at byte {at}: ...{around}...");
        return "DIFFERENT";
    }

    private static void Print(string title, List<Row> rows)
    {
        Console.WriteLine($"### {title}");
        Console.WriteLine();
        Console.WriteLine("| gateway | dedup | answer | req/s | p50 ms | p95 ms | p99 ms | errors | CPU % | peak RSS MiB | subgraph requests per query | req/s vs Hive | p95 vs Hive |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            if (row.Load is not { } load)
            {
                Console.WriteLine($"| {row.Contender.Name} | {row.Contender.Dedup} | failed: {row.Failure} | | | | | | | | | | |");
                continue;
            }
            // Against Hive Gateway (JavaScript planner) with the same deduplication setting; Apollo Gateway has none.
            var dedupOn = row.Contender.Dedup.StartsWith("on", StringComparison.Ordinal);
            var hive = rows.FirstOrDefault(r => r.Contender.HiveReference && r.Contender.Dedup.StartsWith(dedupOn ? "on" : "off", StringComparison.Ordinal))?.Load;
            var errors = load.Errors + (row.Warmup?.BadBodies ?? 0);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Contender.Name} | {row.Contender.Dedup} | {row.Answer} | {load.RequestsPerSecond:F0} | {load.P50:F2} | {load.P95:F2} | {load.P99:F2} | " +
                $"{errors} | {row.CpuPercent:F0} | {row.PeakRssMiB:F0} | {(row.SubgraphRequestsPerQuery is { } n ? $"{n:F1}" : "")} | " +
                $"{(hive is null ? "" : $"{load.RequestsPerSecond / hive.RequestsPerSecond:F2}")} | " +
                $"{(hive is null ? "" : $"{load.P95 / hive.P95:F2}")} |"));
        }
        Console.WriteLine();
        Console.WriteLine("errors: non-2xx and socket errors of the measured run plus warm-up answers that were not a clean GraphQL result. " +
                          "CPU %: the gateway's processes' CPU seconds per wall second (100 = one core). Ratios: against Hive Gateway " +
                          "(JavaScript planner) with the same deduplication setting (Apollo Gateway, which has none: against Hive's off).");
        Console.WriteLine();
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Process, List<string>> Outputs = new();

    /// <summary>The last lines a process started here printed (for a failure's report).</summary>
    private static string LastOutput(Process process, int lines = 15)
    {
        if (!Outputs.TryGetValue(process, out var output)) return "";
        lock (output) return string.Join('\n', output.TakeLast(lines));
    }

    private static async Task<Process> StartAsync(ProcessStartInfo info, string? readyLine)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        var process = Process.Start(info)!;
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new List<string>();
        void Read(string? line)
        {
            if (line is null) return;
            lock (output)
            {
                output.Add(line);
                if (output.Count > 200) output.RemoveAt(0);
            }
            if (readyLine is not null && line.StartsWith(readyLine, StringComparison.Ordinal)) ready.TrySetResult();
        }
        Outputs.Add(process, output);
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (readyLine is null) return process;
        var first = await Task.WhenAny(ready.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (first != ready.Task)
        {
            await StopAsync(process);
            lock (output) throw new InvalidOperationException($"{info.FileName} {string.Join(' ', info.ArgumentList)} did not get ready:\n{string.Join('\n', output)}");
        }
        return process;
    }

    private static async Task StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
            try
            {
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
            }
            catch (TimeoutException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        process.Dispose();
    }

    private static async Task<int> RunToEndAsync(ProcessStartInfo info)
    {
        using var process = Process.Start(info)!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    private static async Task<string> OutputOfAsync(string file, string argument)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, [argument]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "(not found)";
        }
    }

    private static string LoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string CpuModel()
        => File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";
}
