using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FederatedGraph.Subgraphs.SampleData;
using FederatedGraph.Subgraphs.SampleData.Hr;
using GraphQLParser;
using static FederatedGraph.Benchmarks.Measurements;

namespace FederatedGraph.Benchmarks;

/// <summary>
/// The real gateway under load from <c>hey</c>, next to the same data fetched straight from the registries, each
/// kind of direct request loaded on its own at the same concurrency; then the whole direct chain against the gateway
/// from one client of this process. The gateway and every registry run as processes of their own, as deployed.
/// </summary>
public static class GatewayLoadBenchmark
{
    /// <summary>One person across all five registries: brp, then bag/hr/brk, then woz behind bag's verblijfsobject.</summary>
    internal const string GatewayQuery = """
        query($bsn: String!) { persoon(burgerservicenummer: $bsn) {
          naam { volledigeNaam }
          verblijfplaats { nummeraanduiding { postcode verblijfsobject { oppervlakte wozObject { waarden { vastgesteldeWaarde } } } } }
          ondernemingen { naam }
          eigendommen { identificatie }
        } }
        """;

    // What a client without the gateway sends; each answer holds the keys the next stage needs.
    internal const string BrpQuery = "query($bsn: String!) { persoon(burgerservicenummer: $bsn) { naam { volledigeNaam } verblijfplaats { postcode nummeraanduidingIdentificatie } } }";
    internal const string BagQuery = "query($id: String!) { nummeraanduiding(identificatie: $id) { postcode verblijfsobject { identificatie oppervlakte } } }";
    internal const string HrQuery = "query($bsn: String!) { persoon(burgerservicenummer: $bsn) { ondernemingen { naam } } }";
    internal const string BrkQuery = "query($bsn: String!) { persoon(burgerservicenummer: $bsn) { eigendommen { identificatie } } }";
    internal const string WozQuery = "query($id: String!) { verblijfsobject(identificatie: $id) { wozObject { waarden { vastgesteldeWaarde } } } }";

    public static async Task<int> RunAsync(string[] args)
    {
        if (!Hey.IsInstalled())
        {
            Console.Error.WriteLine(Hey.InstallHint);
            return 1;
        }
        var concurrency = Option(args, "--concurrency", 16);
        var duration = OptionText(args, "--duration", "15s");
        var warmup = OptionText(args, "--warmup", "3s");
        var scale = OptionText(args, "--scale", "default");

        Console.WriteLine(PlanningTimer.Measure(ReadGatewayConfiguration(), Parser.Parse(GatewayQuery)) + " (target: cached under 50 µs)");
        Console.WriteLine(PreparationTimer.Measure(GatewayQuery, new { bsn = "999990019" }));

        await using var federation = await LaunchedFederation.StartAsync(scale, Option(args, "--base-port", 5300));
        var registries = federation.Urls.Where(u => u.Key != "gateway").ToDictionary();
        var gatewayUrl = federation.Urls["gateway"];

        // One BSN for every run (hey sends one fixed body). The BSN is a variable, so the gateway's plan cache,
        // keyed on the document text, hits for any person; neither side caches results, and at this scale each
        // registry's SQLite file is in memory whatever the key. So rotating keys would not change what is measured.
        var bsn = OptionText(args, "--bsn", PersonInAllRegistries(scale));
        using var client = federation.CreateClient();
        var brpBody = Body(BrpQuery, new { bsn });
        var nummeraanduiding = (await PostAsync(client, registries["brp"], brpBody)).GetProperty("persoon").GetProperty("verblijfplaats").GetProperty("nummeraanduidingIdentificatie").GetString();
        var bagBody = Body(BagQuery, new { id = nummeraanduiding });
        var verblijfsobject = (await PostAsync(client, registries["bag"], bagBody)).GetProperty("nummeraanduiding").GetProperty("verblijfsobject").GetProperty("identificatie").GetString();

        var runs = new (string Name, string Url, string Body)[]
        {
            ("gateway, all five registries", gatewayUrl, Body(GatewayQuery, new { bsn })),
            ("brp persoon", registries["brp"], brpBody),
            ("bag nummeraanduiding.verblijfsobject", registries["bag"], bagBody),
            ("hr persoon.ondernemingen", registries["hr"], Body(HrQuery, new { bsn })),
            ("brk persoon.eigendommen", registries["brk"], Body(BrkQuery, new { bsn })),
            ("woz verblijfsobject.wozObject", registries["woz"], Body(WozQuery, new { id = verblijfsobject })),
        };
        // hey only counts status codes, so check once that every body gets data and no errors.
        foreach (var run in runs) await PostAsync(client, run.Url, run.Body);

        // Fresh processes run unoptimized code at first (tiered JIT): warm every path before anything is measured.
        var direct = new DirectRegistryClient(client, registries);
        var gatewayBody = runs[0].Body;
        Func<Task> viaGateway = () => PostAsync(client, gatewayUrl, gatewayBody);
        Func<Task> viaRegistries = () => direct.FetchPersonAsync(bsn);
        var settle = TimeSpan.FromSeconds(Option(args, "--settle", 20));
        Console.WriteLine($"Warming up for {settle.TotalSeconds * 2:0} s...");
        await ClosedLoopLoad.RunAsync(concurrency, settle, viaGateway);
        await ClosedLoopLoad.RunAsync(concurrency, settle, viaRegistries);

        Console.WriteLine($"BSN {bsn}; hey -c {concurrency} -z {duration} per row, after a {warmup} warm-up; load average {LoadAverage()}");
        var results = new Dictionary<string, HeyResult>();
        foreach (var run in runs)
        {
            await Hey.RunAsync(run.Url, run.Body, concurrency, warmup, federation.Headers);
            results[run.Name] = HeyResult.Parse(await Hey.RunAsync(run.Url, run.Body, concurrency, duration, federation.Headers));
        }
        Console.WriteLine($"load average after: {LoadAverage()}");
        var estimatedCriticalPath = Print(results, runs.Select(r => r.Name).ToArray());

        // The chain a client without the gateway runs, end to end, next to the gateway, both from this process's client,
        // in alternating turns (after the hey rows, which ran each kind alone).
        var loopDuration = TimeSpan.FromSeconds(double.Parse(duration.TrimEnd('s'), System.Globalization.CultureInfo.InvariantCulture));
        var (chain, gatewayLoop) = await ClosedLoopLoad.AlternateAsync(concurrency, loopDuration, rounds: 5, viaRegistries, viaGateway);
        PrintClosedLoop(concurrency, duration, chain, gatewayLoop, estimatedCriticalPath);
        return 0;
    }

    private static void PrintClosedLoop(int concurrency, string duration, LoadFigures chain, LoadFigures gateway, double estimatedCriticalPath)
    {
        Console.WriteLine();
        Console.WriteLine($"The same person end to end from this process's client, {concurrency} closed-loop workers, {duration} per row in 5 alternating turns:");
        Console.WriteLine($"{"operation",-38} {"op/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}");
        Console.WriteLine($"{"direct: brp, bag|hr|brk, woz",-38} {chain.PerSecond,8:F0} {chain.P50,8:F2} {chain.P95,8:F2} {chain.P99,8:F2}");
        Console.WriteLine($"{"gateway, all five registries",-38} {gateway.PerSecond,8:F0} {gateway.P50,8:F2} {gateway.P95,8:F2} {gateway.P99,8:F2}");
        var ratio = gateway.P50 / chain.P50;
        Console.WriteLine($"gateway p50 / direct-chain p50 = {ratio:F2} (target <= 1.20: {(ratio <= 1.2 ? "met" : "NOT met")})");
        // How far the hey estimate falls short of the chain a client really waits for: its rows ran one at a time,
        // so they miss the parallel calls' contention for the cores and the client's work between the calls.
        Console.WriteLine($"the direct chain end to end takes {chain.P50 / estimatedCriticalPath:F2} times the sum of the hey p50s along it " +
                          $"({chain.P50:F2} vs {estimatedCriticalPath:F2} ms)");
    }

    /// <summary>Prints hey's rows and the ratio to the sum of the direct p50s along the critical path; returns that sum.</summary>
    private static double Print(Dictionary<string, HeyResult> results, string[] names)
    {
        Console.WriteLine();
        Console.WriteLine($"{"request",-38} {"req/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"not 200",8}");
        foreach (var name in names)
        {
            var r = results[name];
            Console.WriteLine($"{name,-38} {r.RequestsPerSecond,8:F0} {r.P50,8:F2} {r.P95,8:F2} {r.P99,8:F2} {r.Failures,8}");
        }

        double P50(int row) => results[names[row]].P50;
        // Percentiles do not add, and each kind was loaded alone: the sum of p50s along the chain is an estimate.
        var criticalPath = P50(1) + Math.Max(P50(2), Math.Max(P50(3), P50(4))) + P50(5);
        var ratio = P50(0) / criticalPath;
        Console.WriteLine();
        Console.WriteLine($"critical path of the direct calls, p50 ≈ brp + max(bag, hr, brk) + woz = {criticalPath:F2} ms " +
                          "(sum of the p50s of separate runs: an approximation)");
        // Not the target's measure: the sum leaves out what the real chain costs (printed after the end-to-end run).
        Console.WriteLine($"gateway p50 / critical-path estimate = {ratio:F2} (an overstatement; the target is judged end to end below)");
        // BRP also returns the verblijfsobject (adresseerbaarObjectIdentificatie), so a client could call WOZ beside BAG.
        var twoStages = P50(1) + new[] { P50(2), P50(3), P50(4), P50(5) }.Max();
        Console.WriteLine($"(with woz in the second stage, brp + max(bag, hr, brk, woz) = {twoStages:F2} ms, ratio {P50(0) / twoStages:F2})");
        return criticalPath;
    }

    /// <summary>The first person who owns an eenmanszaak and real estate and lives in a verblijfsobject with a WOZ object, so every fetch returns data.</summary>
    internal static string PersonInAllRegistries(string scale)
    {
        var municipality = new Municipality(SampleScaleParser.Parse(scale));
        var owners = municipality.Hr.MaatschappelijkeActiviteiten.Select(a => a.Eigenaar).OfType<NatuurlijkPersoon>().Select(o => o.Burgerservicenummer).ToHashSet();
        var entitled = municipality.Brk.OnroerendeZaken.SelectMany(z => z.ZakelijkGerechtigden).Select(g => g.Burgerservicenummer).OfType<string>().ToHashSet();
        var valued = municipality.Woz.WozObjecten.Select(w => w.VerblijfsobjectIdentificatie).ToHashSet();
        return municipality.Brp.Personen.First(p => owners.Contains(p.Burgerservicenummer) && entitled.Contains(p.Burgerservicenummer)
                                                    && valued.Contains(p.Verblijfplaats.AdresseerbaarObjectIdentificatie)).Burgerservicenummer;
    }

    internal static string Body(string query, object variables) => JsonSerializer.Serialize(new { query, variables });

    /// <summary>POSTs a body as hey will and returns <c>data</c>, failing on anything but a clean answer.</summary>
    internal static async Task<JsonElement> PostAsync(HttpClient client, string url, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        using var response = await client.SendAsync(request);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        if (!response.IsSuccessStatusCode || json.TryGetProperty("errors", out _) || json.GetProperty("data").ValueKind != JsonValueKind.Object)
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {json}");
        return json.GetProperty("data");
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
