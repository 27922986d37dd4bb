using System.Diagnostics;
using FederatedGraph.Checkout;
using FederatedGraph.Launcher;
using Xunit;

namespace FederatedGraph.Launcher.Testing;

/// <summary>
/// The launcher as a real process with <c>--no-build</c> on the already built solution (the configuration this test
/// was built in), on free ports and a data folder of its own, so it never meets a federation that is running. Disposing
/// kills whatever is left and deletes the data folder.
/// </summary>
internal sealed class LauncherRun : IAsyncDisposable
{
    /// <summary>Generous for a busy 2-core machine: starting five subgraphs and seeding a small sample.</summary>
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(5);

    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LauncherRun(Process process, string dataDirectory)
    {
        _process = process;
        DataDirectory = dataDirectory;
    }

    public string DataDirectory { get; }

    public string Output
    {
        get { lock (_lines) return string.Join("\n", _lines); }
    }

    /// <summary>The processes the ready message lists: name, GraphQL URL and process id.</summary>
    public IReadOnlyList<(string Name, string GraphQLUrl, int Pid)> Children { get; private set; } = [];

    /// <summary>The trace viewer the ready message lists, if any.</summary>
    public (string TracesUrl, int Pid)? Dashboard { get; private set; }

    public static LauncherRun Start()
    {
        var root = RepositoryRoot.Find(AppContext.BaseDirectory);
        // bin/<configuration>/<framework>/: run the solution as it was built for this test run.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var launcher = Path.Combine(root, "gateway", "Launcher", "bin", configuration, Path.GetFileName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)), "FederatedGraph.Launcher.dll");
        var dataDirectory = Directory.CreateTempSubdirectory("launcher-test-").FullName;

        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { launcher, "--no-build", "--configuration", configuration, "--base-port", FreeBasePort().ToString(),
                     "--scale", "200", "--data-dir", dataDirectory, "--start-timeout", "300" })
            info.ArgumentList.Add(argument);
        info.Environment["NO_COLOR"] = "1";

        var run = new LauncherRun(new Process { StartInfo = info }, dataDirectory);
        run._process.OutputDataReceived += (_, line) => run.Receive(line.Data);
        run._process.ErrorDataReceived += (_, line) => run.Receive(line.Data);
        run._process.Start();
        run._process.BeginOutputReadLine();
        run._process.BeginErrorReadLine();
        return run;
    }

    /// <summary>Waits for the ready message and reads the children from it; fails with the output when the launcher ends first.</summary>
    /// <summary>Waits until the launcher has printed <paramref name="text"/>, for at most a minute.</summary>
    public async Task WaitForOutputAsync(string text)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromMinutes(1); waited += TimeSpan.FromMilliseconds(200))
        {
            if (Output.Contains(text, StringComparison.Ordinal)) return;
            await Task.Delay(200);
        }
        Assert.Fail($"The launcher did not print '{text}'. Its output:\n{Output}");
    }

    public async Task WaitUntilReadyAsync()
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_ready.Task, exited, Task.Delay(ReadyTimeout));
        Assert.True(first == _ready.Task, $"The launcher did not get ready (exited: {exited.IsCompleted}). Its output:\n{Output}");
        lock (_lines)
        {
            Children = ReadyMessage.ReadProcesses(_lines);
            Dashboard = ReadyMessage.ReadDashboard(_lines);
        }
    }

    public void Signal(string signal) => Process.Start("kill", ["-" + signal, _process.Id.ToString()])!.WaitForExit();

    public async Task<int> WaitForExitAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return _process.ExitCode;
    }

    public static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Any process whose command line names the data folder: the subgraphs get their databases there.</summary>
    public IReadOnlyList<string> ProcessesUsingDataDirectory()
    {
        using var pgrep = Process.Start(new ProcessStartInfo("pgrep", ["-f", DataDirectory]) { RedirectStandardOutput = true })!;
        var output = pgrep.StandardOutput.ReadToEnd();
        pgrep.WaitForExit();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        foreach (var pid in Children.Select(child => child.Pid).Append(Dashboard?.Pid ?? 0).Where(pid => pid > 0 && IsRunning(pid)))
            Process.GetProcessById(pid).Kill();
        _process.Dispose();
        for (var attempt = 0; Directory.Exists(DataDirectory); attempt++)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException) when (attempt < 10)
            {
                await Task.Delay(500); // a killed child may still be closing its database
            }
        }
    }

    private void Receive(string? line)
    {
        if (line is null) return;
        lock (_lines) _lines.Add(line);
        if (line == ReadyMessage.ReadyLine) _ready.TrySetResult();
    }

    /// <summary>A base port with the five ports above it and the three below it (the token issuer, the dashboard and its OTLP
    /// endpoint) free, away from the defaults and from what the OS hands out.</summary>
    private static int FreeBasePort()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var candidate = Random.Shared.Next(20_000, 30_000);
            if (Enumerable.Range(candidate - 3, 9).All(PortCheck.IsFree)) return candidate;
        }
        throw new InvalidOperationException("No nine free ports in a row between 20000 and 30000.");
    }

}
