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
        => LoadFigures.Of(await SampleAsync(concurrency, duration, operation), duration);

    /// <summary>
    /// Loads <paramref name="first"/> and <paramref name="second"/> in turns of <paramref name="duration"/> / rounds each,
    /// so that a drift of the machine (another process, a GC, the JIT) weighs on both alike.
    /// </summary>
    public static async Task<(LoadFigures First, LoadFigures Second)> AlternateAsync(
        int concurrency, TimeSpan duration, int rounds, Func<Task> first, Func<Task> second)
    {
        var figures = await AlternateAsync(concurrency, duration, rounds, [first, second]);
        return (figures[0], figures[1]);
    }

    /// <summary>Loads each operation in turn, round after round, so that every side meets the same drift.</summary>
    public static async Task<IReadOnlyList<LoadFigures>> AlternateAsync(int concurrency, TimeSpan duration, int rounds, IReadOnlyList<Func<Task>> sides)
    {
        var turn = duration / rounds;
        var samples = sides.Select(_ => new List<double>()).ToList();
        for (var round = 0; round < rounds; round++)
        {
            for (var side = 0; side < sides.Count; side++)
                samples[side].AddRange(await SampleAsync(concurrency, turn, sides[side]));
        }
        return [.. samples.Select(s => LoadFigures.Of(s, duration))];
    }

    private static async Task<List<double>> SampleAsync(int concurrency, TimeSpan duration, Func<Task> operation)
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
        return (await Task.WhenAll(workers)).SelectMany(s => s).ToList();
    }
}

/// <summary>Operations per second and latency percentiles in milliseconds.</summary>
internal sealed record LoadFigures(double PerSecond, double P50, double P95, double P99)
{
    public static LoadFigures Of(List<double> samples, TimeSpan duration)
    {
        var sorted = samples.Order().ToList();
        return new LoadFigures(sorted.Count / duration.TotalSeconds, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99));
    }
}
