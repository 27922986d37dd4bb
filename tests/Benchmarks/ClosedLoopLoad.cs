using System.Diagnostics;
using static FederatedGraph.Benchmarks.Measurements;

namespace FederatedGraph.Benchmarks;

/// <summary>
/// A closed-loop load from this process, as <c>hey -c</c> makes one: each worker sends its next operation when the
/// last is answered. Used where one operation is several HTTP requests (the direct client's chain of registry
/// calls), which a load tool that replays one fixed request cannot make.
/// </summary>
internal static class ClosedLoopLoad
{
    public static async Task<LoadFigures> RunAsync(int concurrency, TimeSpan duration, Func<Task> operation)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var samples = new List<double>();
            while (Stopwatch.GetTimestamp() < end)
            {
                var started = Stopwatch.GetTimestamp();
                await operation();
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            return samples;
        });
        var all = (await Task.WhenAll(workers)).SelectMany(s => s).Order().ToList();
        return new LoadFigures(all.Count / duration.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99));
    }
}

/// <summary>Operations per second and latency percentiles in milliseconds.</summary>
internal sealed record LoadFigures(double PerSecond, double P50, double P95, double P99);
