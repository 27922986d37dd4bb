using System.Diagnostics;
using System.Runtime.InteropServices;

namespace FederatedGraph.Launcher;

/// <summary>
/// A running subgraph, gateway or trace viewer: its output forwarded line by line under its name, its last lines kept for the message
/// when it fails, and a stop that lets it shut down cleanly (SIGTERM) before it is killed.
/// </summary>
internal sealed partial class ChildProcess
{
    private const int KeptLines = 20;
    private const int SigTerm = 15;

    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private ChildProcess(ProcessSpec spec, Process process)
    {
        Spec = spec;
        _process = process;
        LastOutput = DateTime.UtcNow;
    }

    public ProcessSpec Spec { get; }

    public int Id => _process.Id;

    /// <summary>Completes with the exit code once the process has exited and its output is read to the end.</summary>
    public Task<int> Exited { get; private set; } = null!;

    /// <summary>When the process last printed a line (or started): a process that prints is still making progress.</summary>
    public DateTime LastOutput { get; private set; }

    public IReadOnlyList<string> LastLines
    {
        get { lock (_lastLines) return _lastLines.ToList(); }
    }

    /// <summary>A failure message: <paramref name="headline"/> and the process's last lines, which usually say why.</summary>
    public string Report(string headline)
    {
        var lines = LastLines;
        return lines.Count == 0
            ? $"{headline} It printed nothing."
            : $"{headline} Its last lines:\n" + string.Join("\n", lines.Select(line => $"  [{Spec.Name}] {line}"));
    }

    public static ChildProcess Start(ProcessSpec spec, string workingDirectory, LauncherConsole console, int index)
    {
        var info = new ProcessStartInfo(spec.IsDotnet ? DotnetHost.Path : spec.Program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (spec.IsDotnet) info.ArgumentList.Add(spec.Program);
        foreach (var argument in spec.Arguments) info.ArgumentList.Add(argument);
        // A URL from the environment would win over the port the launcher gave and checked.
        info.Environment.Remove("ASPNETCORE_URLS");
        info.Environment.Remove("DOTNET_URLS");
        foreach (var (name, value) in spec.Environment) info.Environment[name] = value;

        var process = new Process { StartInfo = info };
        var child = new ChildProcess(spec, process);
        process.OutputDataReceived += (_, line) => child.Receive(line.Data, console, index);
        process.ErrorDataReceived += (_, line) => child.Receive(line.Data, console, index);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        child.Exited = child.WaitForExitCodeAsync();
        return child;
    }

    /// <summary>Asks the process to shut down and waits for it; kills it (and anything it started) when it takes longer than <paramref name="grace"/>.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (Exited.IsCompleted) return;
        if (OperatingSystem.IsWindows() || Kill(_process.Id, SigTerm) != 0)
            _process.Kill(entireProcessTree: true);
        if (await Task.WhenAny(Exited, Task.Delay(grace)) != Exited)
            _process.Kill(entireProcessTree: true);
        await Exited;
    }

    private async Task<int> WaitForExitCodeAsync()
    {
        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }

    private void Receive(string? line, LauncherConsole console, int index)
    {
        if (line is null) return;
        LastOutput = DateTime.UtcNow;
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > KeptLines) _lastLines.Dequeue();
        }
        console.Forward(Spec.Name, index, line);
    }

    /// <summary>.NET can only kill (SIGKILL); SIGTERM lets ASP.NET Core stop its host and close its database cleanly.</summary>
    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
