using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FederatedGraph.Benchmarks;

/// <summary>
/// Runs the <c>hey</c> load generator (an external program, so the load does not share this process's thread pool
/// and GC with the servers under test) and reads its summary.
/// </summary>
internal static class Hey
{
    public const string InstallHint = "hey is not on PATH. Install it with `sudo apt-get install -y hey` (Debian/Ubuntu) " +
                                      "or `go install github.com/rakyll/hey@latest`, then run this benchmark again.";

    public static bool IsInstalled()
        => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(directory => File.Exists(Path.Combine(directory, "hey")));

    /// <summary>POSTs <paramref name="body"/> (JSON) to <paramref name="url"/> for <paramref name="duration"/> with <paramref name="concurrency"/> workers; hey's summary.</summary>
    public static async Task<string> RunAsync(string url, string body, int concurrency, string duration, IEnumerable<(string Name, string Value)> headers)
    {
        var bodyFile = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(bodyFile, body);
            var start = new ProcessStartInfo("hey") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-c", $"{concurrency}", "-z", duration, "-m", "POST", "-T", "application/json", "-A", "application/graphql-response+json", "-D", bodyFile, url })
                start.ArgumentList.Add(argument);
            foreach (var (name, value) in headers)
            {
                start.ArgumentList.Insert(start.ArgumentList.Count - 1, "-H");
                start.ArgumentList.Insert(start.ArgumentList.Count - 1, $"{name}: {value}");
            }
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0) throw new InvalidOperationException($"hey exited with {process.ExitCode}: {await error}");
            return await output;
        }
        finally
        {
            File.Delete(bodyFile);
        }
    }
}

/// <summary>hey's summary: requests per second, latency percentiles in milliseconds, and the responses that were not 200.</summary>
internal sealed partial record HeyResult(double RequestsPerSecond, double P50, double P95, double P99, int Responses, int Failures)
{
    public static HeyResult Parse(string summary)
    {
        double Seconds(string pattern) => Regex.Match(summary, pattern) is { Success: true } match
            ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException("Unexpected hey output (no successful requests?):\n" + summary);
        // hey leaves out a percentile it has too few samples for (prints "0% in 0.0000 secs" instead).
        double Millis(string percent) => Regex.Match(summary, $@"\s{percent}% in ([\d.]+) secs") is { Success: true } match
            ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) * 1000
            : double.NaN;

        // "[200]	1234 responses" per status code; transport errors are listed under "Error distribution" as "[n]	<error>".
        var statuses = StatusLine().Matches(summary).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        var errorText = summary.Split("Error distribution:") is [_, var errors] ? errors : "";
        var transportErrors = ErrorLine().Matches(errorText).Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        var ok = statuses.GetValueOrDefault("200");
        return new HeyResult(Seconds(@"Requests/sec:\s+([\d.]+)"), Millis("50"), Millis("95"), Millis("99"),
            ok, statuses.Values.Sum() - ok + transportErrors);
    }

    [GeneratedRegex(@"\[(\d{3})\]\s+(\d+) responses")]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^\s*\[(\d+)\]\s", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();
}
