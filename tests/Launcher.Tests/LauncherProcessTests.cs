using FederatedGraph.Checkout;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using FederatedGraph.Launcher.Testing;
using FederatedGraph.Registries.Testing;
using Snapshooter.Xunit;

namespace FederatedGraph.Launcher.Tests;

/// <summary>The launcher as users run it: a real process that starts real subgraphs (needs the solution built).</summary>
public sealed class LauncherProcessTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Runs_every_subgraph_and_the_gateway_healthy_and_a_signal_stops_them_all(string signal)
    {
        await using var run = LauncherRun.Start();
        await run.WaitUntilReadyAsync();

        var subgraphs = Directory.GetDirectories(Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "schema"))
            .Where(folder => File.Exists(Path.Combine(folder, "schema-settings.json")))
            .Select(folder => Path.GetFileName(folder));
        Assert.Equal(subgraphs.Append("gateway").Order(), run.Children.Select(child => child.Name).Order());
        foreach (var (name, url, _) in run.Children)
        {
            using var health = await Http.GetAsync(url.Replace("/graphql", "/health"));
            Assert.True(health.IsSuccessStatusCode, $"{name}: /health answered {(int)health.StatusCode}");
        }

        // The trace viewer runs too, and answers.
        var (tracesUrl, dashboardPid) = Assert.NotNull(run.Dashboard);
        using (var traces = await Http.GetAsync(tracesUrl))
            Assert.True(traces.IsSuccessStatusCode, $"the dashboard answered {(int)traces.StatusCode}");

        run.Signal(signal);

        Assert.Equal(0, await run.WaitForExitAsync());
        Assert.Contains("Stopped.", run.Output);
        Assert.All(run.Children, child => Assert.False(LauncherRun.IsRunning(child.Pid), $"{child.Name} (pid {child.Pid}) outlived the launcher"));
        Assert.False(LauncherRun.IsRunning(dashboardPid), $"the dashboard (pid {dashboardPid}) outlived the launcher");
        Assert.Empty(run.ProcessesUsingDataDirectory());
    }

    [Fact]
    public async Task The_readme_examples_run_and_a_dead_registry_leaves_partial_data_until_the_gateway_dies()
    {
        await using var run = LauncherRun.Start();
        await run.WaitUntilReadyAsync();
        var gateway = run.Children.Single(child => child.Name == "gateway");
        // The token and purpose the launcher printed, as a new user would copy them.
        var headers = ReadyMessage.ReadHeaders(run.Output.Split('\n'));
        Assert.Equal(["Authorization", "X-Processing-Activity"], headers.Select(h => h.Name));

        // Without them, nothing: not at the gateway, not at a registry.
        foreach (var (name, url, _) in run.Children)
        {
            using var anonymous = await Http.PostAsync(url, new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"));
            Assert.True(anonymous.StatusCode == System.Net.HttpStatusCode.Unauthorized, $"{name} answered {(int)anonymous.StatusCode} to an anonymous request");
        }

        var examples = ReadmeExamples.Read();
        for (var number = 1; number <= examples.Count; number++)
        {
            var response = await QueryAsync(gateway.GraphQLUrl, examples[number - 1], headers);
            Assert.False(response.TryGetProperty("errors", out var errors), $"example {number}: {errors}");
            Snapshot.Match(JsonSerializer.Serialize(response, Indented), $"Launcher_readme_example_{number}");
        }

        // A registry process dies: the launcher says so, and the gateway answers with what the others have.
        var hr = run.Children.Single(child => child.Name == "hr");
        Process.GetProcessById(hr.Pid).Kill();
        await run.WaitForOutputAsync("hr exited unexpectedly");
        var partial = await QueryAsync(gateway.GraphQLUrl, "{ personen(first: 1) { totalCount } maatschappelijkeActiviteiten(first: 1) { totalCount } }", headers);
        Assert.True(partial.GetProperty("data").GetProperty("personen").GetProperty("totalCount").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Null, partial.GetProperty("data").GetProperty("maatschappelijkeActiviteiten").ValueKind);
        var error = Assert.Single(partial.GetProperty("errors").EnumerateArray());
        Assert.Equal("SUBGRAPH_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("hr", error.GetProperty("extensions").GetProperty("subgraph").GetString());

        // Without the gateway nothing useful is left: everything stops.
        Process.GetProcessById(gateway.Pid).Kill();
        Assert.Equal(1, await run.WaitForExitAsync());
        Assert.Contains("gateway exited unexpectedly", run.Output);
        Assert.False(LauncherRun.IsRunning(run.Dashboard!.Value.Pid), "the dashboard outlived the launcher");
        Assert.All(run.Children, child => Assert.False(LauncherRun.IsRunning(child.Pid), $"{child.Name} (pid {child.Pid}) outlived the launcher"));
        Assert.Empty(run.ProcessesUsingDataDirectory());
    }

    private static async Task<JsonElement> QueryAsync(string url, string query, IEnumerable<(string Name, string Value)> headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        using var response = await Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
