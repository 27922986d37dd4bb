namespace FederatedGraph.Launcher.Tests;

/// <summary>The launcher as users run it: a real process that starts real subgraphs (needs the solution built).</summary>
public sealed class LauncherProcessTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Runs_every_subgraph_and_the_gateway_healthy_and_a_signal_stops_them_all(string signal)
    {
        await using var run = LauncherRun.Start();
        await run.WaitUntilReadyAsync();

        var subgraphs = Directory.GetDirectories(Path.Combine(LauncherRun.RepositoryRoot(), "schema"))
            .Where(folder => File.Exists(Path.Combine(folder, "schema-settings.json")))
            .Select(folder => Path.GetFileName(folder));
        Assert.Equal(subgraphs.Append("gateway").Order(), run.Children.Select(child => child.Name).Order());
        foreach (var (name, url, _) in run.Children)
        {
            using var health = await Http.GetAsync(url.Replace("/graphql", "/health"));
            Assert.True(health.IsSuccessStatusCode, $"{name}: /health answered {(int)health.StatusCode}");
        }

        run.Signal(signal);

        Assert.Equal(0, await run.WaitForExitAsync());
        Assert.Contains("Stopped.", run.Output);
        Assert.All(run.Children, child => Assert.False(LauncherRun.IsRunning(child.Pid), $"{child.Name} (pid {child.Pid}) outlived the launcher"));
        Assert.Empty(run.ProcessesUsingDataDirectory());
    }

    [Fact]
    public async Task A_child_that_dies_is_named_and_the_others_are_stopped()
    {
        await using var run = LauncherRun.Start();
        await run.WaitUntilReadyAsync();
        var (name, _, pid) = run.Children[^1];

        System.Diagnostics.Process.GetProcessById(pid).Kill();

        Assert.Equal(1, await run.WaitForExitAsync());
        Assert.Contains($"{name} exited unexpectedly", run.Output);
        Assert.All(run.Children, child => Assert.False(LauncherRun.IsRunning(child.Pid), $"{child.Name} (pid {child.Pid}) outlived the launcher"));
        Assert.Empty(run.ProcessesUsingDataDirectory());
    }
}
