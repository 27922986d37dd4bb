using System.Diagnostics;
using FederatedGraph.Checkout;
using FederatedGraph.Launcher;

namespace FederatedGraph.Benchmarks;

/// <summary>
/// The federation as it is deployed: the launcher starts every registry and the gateway as processes of their own,
/// each registry on its own SQLite database in a temporary folder. Disposing stops them (SIGTERM to the launcher,
/// which stops its children) and deletes the folder.
/// </summary>
internal sealed class LaunchedFederation : IAsyncDisposable
{
    private readonly Process _launcher;
    private readonly string _dataDirectory;

    private LaunchedFederation(Process launcher, string dataDirectory, Dictionary<string, string> urls, Dictionary<string, int> pids,
        IReadOnlyList<(string Name, string Value)> headers)
    {
        _launcher = launcher;
        _dataDirectory = dataDirectory;
        Urls = urls;
        Pids = pids;
        Headers = headers;
    }

    /// <summary>Each process's id by name: <c>gateway</c> and the source schemas.</summary>
    public IReadOnlyDictionary<string, int> Pids { get; }

    /// <summary>The development caller's token and purpose, as the launcher printed them: every request needs them.</summary>
    public IReadOnlyList<(string Name, string Value)> Headers { get; }

    /// <summary>An HTTP client that sends <see cref="Headers"/> with every request.</summary>
    public HttpClient CreateClient()
    {
        var client = new HttpClient();
        foreach (var (name, value) in Headers) client.DefaultRequestHeaders.TryAddWithoutValidation(name, value);
        return client;
    }

    /// <summary>Each process's GraphQL endpoint by name: <c>gateway</c> and the source schemas.</summary>
    public IReadOnlyDictionary<string, string> Urls { get; }

    /// <summary>Starts the launcher; <paramref name="environment"/> is added to its environment, which its processes
    /// inherit (e.g. <c>Gateway__DeduplicateRequests</c> for the gateway).</summary>
    public static async Task<LaunchedFederation> StartAsync(string scale, int basePort, IReadOnlyDictionary<string, string>? environment = null)
    {
        var root = RepositoryRoot.Find();
        var launcher = Path.Combine(root, "gateway", "Launcher", "bin", "Release", "net10.0", "FederatedGraph.Launcher.dll");
        var dataDirectory = Directory.CreateTempSubdirectory("benchmark-federation-").FullName;
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { launcher, "--no-build", "--configuration", "Release", "--scale", scale,
                     "--base-port", basePort.ToString(), "--data-dir", dataDirectory,
                     // The federation alone on the two cores: its tracing is on (as always), but nothing exports it.
                     "--no-dashboard" })
            info.ArgumentList.Add(argument);
        info.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;

        Console.WriteLine($"Starting the federation with the launcher (scale {scale}, ports from {basePort})...");
        var process = Process.Start(info)!;
        var output = new List<string>();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null) return;
            lock (output) output.Add(line.Data);
            if (line.Data == ReadyMessage.ReadyLine) ready.TrySetResult();
        };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) lock (output) output.Add(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var first = await Task.WhenAny(ready.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(5)));
        List<string> lines;
        lock (output) lines = [.. output];
        if (first != ready.Task)
        {
            await StopAsync(process);
            throw new InvalidOperationException("The launcher did not get ready:\n" + string.Join("\n", lines));
        }
        var processes = ReadyMessage.ReadProcesses(lines);
        return new LaunchedFederation(process, dataDirectory, processes.ToDictionary(p => p.Name, p => p.GraphQLUrl),
            processes.ToDictionary(p => p.Name, p => p.Pid), ReadyMessage.ReadHeaders(lines));
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(_launcher);
        _launcher.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private static async Task StopAsync(Process launcher)
    {
        if (launcher.HasExited) return;
        Process.Start("kill", ["-TERM", launcher.Id.ToString()])!.WaitForExit();
        try
        {
            await launcher.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            launcher.Kill(entireProcessTree: true);
        }
    }
}
