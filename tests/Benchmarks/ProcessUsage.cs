using System.Diagnostics;
using System.Globalization;

namespace FederatedGraph.Benchmarks;

/// <summary>
/// The CPU time and resident memory of one process and its descendants, read from <c>/proc</c> (Linux): CPU seconds
/// over a measured span (CPU % of one core = CPU seconds / wall seconds), and the peak of the summed RSS, sampled every
/// 100 ms while it runs.
/// </summary>
internal sealed class ProcessUsage : IAsyncDisposable
{
    private static readonly double TicksPerSecond = ClockTicks();
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private readonly double _cpuAtStart;
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _peakRssBytes;

    private ProcessUsage(int pid)
    {
        _pid = pid;
        _cpuAtStart = CpuSeconds(pid);
        _sampling = SampleAsync();
    }

    /// <summary>Starts measuring <paramref name="pid"/> and its descendants now.</summary>
    public static ProcessUsage Start(int pid) => new(pid);

    /// <summary>Stops measuring: CPU seconds used since the start, the wall seconds, and the peak RSS in MiB.</summary>
    public async Task<(double CpuSeconds, double WallSeconds, double PeakRssMiB)> StopAsync()
    {
        var wall = Stopwatch.GetElapsedTime(_started).TotalSeconds;
        var cpu = CpuSeconds(_pid) - _cpuAtStart;
        await _stop.CancelAsync();
        await _sampling;
        return (cpu, wall, Interlocked.Read(ref _peakRssBytes) / (1024.0 * 1024.0));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var rss = Tree(_pid).Sum(RssBytes);
            if (rss > Interlocked.Read(ref _peakRssBytes)) Interlocked.Exchange(ref _peakRssBytes, rss);
            try
            {
                await Task.Delay(100, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>utime + stime of the process and its live descendants, in seconds.</summary>
    public static double CpuSeconds(int pid) => Tree(pid).Sum(p => Stat(p) is { } fields
        ? (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond
        : 0);

    /// <summary>The process and every descendant, from each process's parent id.</summary>
    private static List<int> Tree(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(directory), out var pid) && Stat(pid) is { } fields)
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
        var tree = new List<int> { root };
        for (var i = 0; i < tree.Count; i++)
            tree.AddRange(parents.Where(p => p.Value == tree[i]).Select(p => p.Key));
        return tree;
    }

    /// <summary>The fields of <c>/proc/pid/stat</c> after the command name: [0] state, [1] ppid, [11] utime, [12] stime.</summary>
    private static string[]? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long RssBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static double ClockTicks()
    {
        try
        {
            using var getconf = Process.Start(new ProcessStartInfo("getconf", "CLK_TCK") { RedirectStandardOutput = true })!;
            var text = getconf.StandardOutput.ReadToEnd().Trim();
            getconf.WaitForExit();
            return double.TryParse(text, CultureInfo.InvariantCulture, out var ticks) && ticks > 0 ? ticks : 100;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return 100;
        }
    }
}
