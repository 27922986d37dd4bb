using System.Diagnostics;
using FederatedGraph.Checkout;
using FederatedGraph.FederationTesting;
using FederatedGraph.Security.Testing;

namespace FederatedGraph.ApolloInterop.Tests;

/// <summary>
/// The five registries and our gateway (<see cref="FederationTesting.Federation"/>), and Apollo Gateway from npm in front
/// of the same registries: a Node process running <c>apollo-gateway/gateway.mjs</c>, which composes the registries'
/// <c>_service { sdl }</c> with Apollo's composition and passes each client's token and purpose on.
/// </summary>
public sealed class ApolloGateway : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private Process? _node;

    public Federation Federation { get; } = new();

    /// <summary>Apollo Gateway's address; a client sets its own headers.</summary>
    public Uri Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Federation.InitializeAsync();
        await ApolloGatewayPackage.InstallAsync();
        _node = StartNode();
        Address = await ReadyAsync(_node);
    }

    /// <summary>A client of Apollo Gateway that sends no headers of its own.</summary>
    public HttpClient Client() => new() { BaseAddress = Address };

    private Process StartNode()
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ApolloGatewayPackage.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("gateway.mjs");
        start.ArgumentList.Add("0");
        foreach (var (name, url) in Federation.Registries.Urls) start.ArgumentList.Add($"{name}={url}");
        // Composition reads every registry's schema as a known caller with a purpose, like any request.
        start.Environment["FEDERATEDGRAPH_TOKEN"] = TestIssuer.Token(SampleCallers.Development);
        start.Environment["FEDERATEDGRAPH_PROCESSING_ACTIVITY"] = SampleCallers.DevelopmentActivity;
        return Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
    }

    private static async Task<Uri> ReadyAsync(Process node)
    {
        var errors = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            while (await node.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("ready ", StringComparison.Ordinal))
                {
                    // Keep reading, so a full pipe never blocks the gateway.
                    _ = node.StandardOutput.ReadToEndAsync();
                    return new Uri(line["ready ".Length..]);
                }
            }
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException($"Apollo Gateway did not start within {StartTimeout.TotalSeconds} s: {await errors}");
        }
        await node.WaitForExitAsync();
        throw new InvalidOperationException($"Apollo Gateway stopped with exit code {node.ExitCode}: {await errors}");
    }

    public async Task DisposeAsync()
    {
        if (_node is { HasExited: false })
        {
            _node.Kill(entireProcessTree: true);
            await _node.WaitForExitAsync();
        }
        _node?.Dispose();
        await Federation.DisposeAsync();
    }
}

/// <summary>
/// Apollo Gateway and Apollo Server, pinned in <c>apollo-gateway/package-lock.json</c> and installed with <c>npm ci</c>
/// into its <c>node_modules</c> (git-ignored; the packages' license files stay there). Nothing is done when
/// <c>node_modules</c> already follows the lock file, as <c>scripts/test.sh</c> leaves it.
/// </summary>
public static class ApolloGatewayPackage
{
    public static string Directory => Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "tests", "ApolloInterop.Tests", "apollo-gateway");

    public static async Task InstallAsync()
    {
        // npm writes this file on every install: newer than the lock file means installed from it.
        var installed = new FileInfo(Path.Combine(Directory, "node_modules", ".package-lock.json"));
        var lockFile = new FileInfo(Path.Combine(Directory, "package-lock.json"));
        if (installed.Exists && installed.LastWriteTimeUtc >= lockFile.LastWriteTimeUtc) return;

        var start = new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund", "--prefer-offline"])
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var npm = Process.Start(start) ?? throw new InvalidOperationException("npm could not be started: install Node.js with npm.");
        var output = npm.StandardOutput.ReadToEndAsync();
        var errors = npm.StandardError.ReadToEndAsync();
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0)
            throw new InvalidOperationException($"npm ci in {Directory} failed with exit code {npm.ExitCode}:\n{await output}\n{await errors}");
    }
}
