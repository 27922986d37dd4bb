using System.Diagnostics;
using FederatedGraph.Checkout;
using FederatedGraph.Gateway.Configuration;

namespace FederatedGraph.Benchmarks;

/// <summary>Timing, percentiles, command-line options and the committed gateway configuration, shared by the benchmarks.</summary>
internal static class Measurements
{
    /// <summary>Runs <paramref name="action"/> <paramref name="iterations"/> times; the milliseconds of each run, sorted.</summary>
    public static async Task<List<double>> MeasureAsync(int iterations, Func<Task> action)
    {
        var samples = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await action();
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        samples.Sort();
        return samples;
    }

    public static string Describe(List<double> sorted)
        => $"p50 {Percentile(sorted, 0.50):F2} ms, p95 {Percentile(sorted, 0.95):F2} ms, p99 {Percentile(sorted, 0.99):F2} ms, mean {sorted.Average():F2} ms";

    public static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    public static int Option(string[] args, string name, int fallback)
        => int.TryParse(OptionText(args, name, ""), out var value) ? value : fallback;

    public static string OptionText(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    /// <summary>The committed <c>schema/gateway-configuration.json</c>.</summary>
    public static GatewayConfiguration ReadGatewayConfiguration()
        => GatewayConfigurationJson.Read(File.ReadAllText(RepositoryRoot.Path("schema", "gateway-configuration.json")));
}
