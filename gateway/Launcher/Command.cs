using System.Diagnostics;
using System.Text;

namespace FederatedGraph.Launcher;

/// <summary>A dotnet command that runs to its end: the build and the composer. Cancelling kills it and everything it started.</summary>
internal static class Command
{
    /// <summary>Runs with the launcher's own console, so the build shows its live progress on a terminal.</summary>
    public static async Task<int> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        using var process = Process.Start(StartInfo(workingDirectory, arguments, redirect: false))!;
        await WaitAsync(process, cancellationToken);
        return process.ExitCode;
    }

    /// <summary>Runs with its output collected, for commands whose output the launcher prints only when it matters.</summary>
    public static async Task<(int ExitCode, string Output)> RunCapturedAsync(string workingDirectory, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var output = new StringBuilder();
        using var process = new Process { StartInfo = StartInfo(workingDirectory, arguments, redirect: true) };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitAsync(process, cancellationToken);
        lock (output) return (process.ExitCode, output.ToString().TrimEnd());
    }

    private static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyList<string> arguments, bool redirect) => new(DotnetHost.Path, arguments)
    {
        WorkingDirectory = workingDirectory,
        UseShellExecute = false,
        RedirectStandardOutput = redirect,
        RedirectStandardError = redirect,
    };

    private static async Task WaitAsync(Process process, CancellationToken cancellationToken)
    {
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw;
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }
}
