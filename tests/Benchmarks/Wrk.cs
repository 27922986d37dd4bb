using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FederatedGraph.Benchmarks;

/// <summary>
/// Runs the <c>wrk</c> load generator (Debian's package) with a fixed number of connections, each POSTing one body
/// over and over, and reads the line its Lua <c>done</c> function prints: requests, percentiles (p95 included, which
/// <c>--latency</c> does not print) and errors.
/// </summary>
internal static partial class Wrk
{
    public const string InstallHint = "wrk is not on PATH. Install it with `sudo apt-get install -y wrk` (Debian/Ubuntu), then run this benchmark again.";

    public static bool IsInstalled()
        => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(directory => File.Exists(Path.Combine(directory, "wrk")));

    /// <summary>
    /// POSTs <paramref name="bodyFile"/> (JSON) to <paramref name="url"/> for <paramref name="seconds"/> over
    /// <paramref name="connections"/> connections. With <paramref name="checkBodies"/> every answer is also checked
    /// to be <paramref name="expectedLength"/> bytes (when given) of a GraphQL result without <c>errors</c>, which
    /// costs wrk time: for the warm-up only.
    /// </summary>
    public static async Task<WrkResult> RunAsync(string url, string bodyFile, IEnumerable<(string Name, string Value)> headers,
        int connections, int seconds, bool checkBodies, int? expectedLength = null)
    {
        var script = Path.Combine(Path.GetTempPath(), $"wrk-{Guid.NewGuid():N}.lua");
        try
        {
            await File.WriteAllTextAsync(script, Script(bodyFile, headers, checkBodies, expectedLength));
            var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-t", $"{Math.Min(2, connections)}", "-c", $"{connections}", "-d", $"{seconds}s",
                         "--timeout", "10s", "--latency", "-s", script, url })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0) throw new InvalidOperationException($"wrk exited with {process.ExitCode}: {await error}{await output}");
            return WrkResult.Parse(await output);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static string Script(string bodyFile, IEnumerable<(string Name, string Value)> headers, bool checkBodies, int? expectedLength)
    {
        static string Lua(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        var script = new StringBuilder();
        script.AppendLine("-- Written by the peer-gateways benchmark.");
        script.AppendLine($"local file = assert(io.open({Lua(bodyFile)}, \"rb\"))");
        script.AppendLine("wrk.method = \"POST\"");
        script.AppendLine("wrk.body = file:read(\"*a\")");
        script.AppendLine("file:close()");
        script.AppendLine("wrk.headers[\"Content-Type\"] = \"application/json\"");
        script.AppendLine("wrk.headers[\"Accept\"] = \"application/json\"");
        foreach (var (name, value) in headers) script.AppendLine($"wrk.headers[{Lua(name)}] = {Lua(value)}");
        // Each thread counts the answers that are not a clean GraphQL result; done() adds them up.
        script.AppendLine("""
            local threads = {}
            function setup(thread) table.insert(threads, thread) end
            """);
        if (checkBodies)
        {
            script.AppendLine("bad = 0");
            script.AppendLine("sample = \"\"");
            script.AppendLine($"local expected = {(expectedLength?.ToString(CultureInfo.InvariantCulture) ?? "nil")}");
            script.AppendLine("""
                function response(status, headers, body)
                  if status ~= 200 or body:sub(1, 8) ~= '{"data":' or body:find('"errors"', 1, true) or (expected and #body ~= expected and #body ~= expected + 1) then
                    bad = bad + 1
                    if sample == "" then sample = status .. " " .. body:sub(1, 300) end
                  end
                end
                """);
        }
        script.AppendLine("""
            function done(summary, latency, requests)
              local bad, sample = 0, ""
              for _, thread in ipairs(threads) do
                bad = bad + (thread:get("bad") or 0)
                local s = thread:get("sample")
                if s and s ~= "" and sample == "" then sample = s end
              end
              local e = summary.errors
              io.write(string.format("PEER-RESULT requests=%d duration_us=%d non2xx=%d connect=%d read=%d write=%d timeout=%d bad=%d p50_us=%d p95_us=%d p99_us=%d\n",
                summary.requests, summary.duration, e.status, e.connect, e.read, e.write, e.timeout, bad,
                latency:percentile(50), latency:percentile(95), latency:percentile(99)))
              if sample ~= "" then io.write("PEER-SAMPLE " .. sample:gsub("\n", " ") .. "\n") end
            end
            """);
        return script.ToString();
    }
}

/// <summary>One wrk run: requests per second, latency percentiles in milliseconds, errors (non-2xx, socket) and the
/// answers that were not a clean GraphQL result (checked runs only).</summary>
internal sealed partial record WrkResult(long Requests, double RequestsPerSecond, double P50, double P95, double P99,
    long Non2xx, long SocketErrors, long BadBodies, string? BadSample)
{
    public long Errors => Non2xx + SocketErrors;

    public static WrkResult Parse(string output)
    {
        var match = ResultLine().Match(output);
        if (!match.Success) throw new InvalidOperationException("Unexpected wrk output:\n" + output);
        long Value(string name) => long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        var requests = Value("requests");
        var sample = SampleLine().Match(output) is { Success: true } s ? s.Groups[1].Value : null;
        return new WrkResult(requests, requests / (Value("duration") / 1e6), Value("p50") / 1000.0, Value("p95") / 1000.0,
            Value("p99") / 1000.0, Value("non2xx"), Value("connect") + Value("read") + Value("write") + Value("timeout"),
            Value("bad"), sample);
    }

    [GeneratedRegex(@"PEER-RESULT requests=(?<requests>\d+) duration_us=(?<duration>\d+) non2xx=(?<non2xx>\d+) connect=(?<connect>\d+) read=(?<read>\d+) write=(?<write>\d+) timeout=(?<timeout>\d+) bad=(?<bad>\d+) p50_us=(?<p50>\d+) p95_us=(?<p95>\d+) p99_us=(?<p99>\d+)")]
    private static partial Regex ResultLine();

    [GeneratedRegex(@"PEER-SAMPLE (.*)")]
    private static partial Regex SampleLine();
}
