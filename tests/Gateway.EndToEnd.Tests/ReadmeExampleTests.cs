using FederatedGraph.FederationTesting;
using FederatedGraph.Registries.Testing;
using Snapshooter.Xunit;

namespace FederatedGraph.Gateway.EndToEnd.Tests;

/// <summary>The README's example queries through the gateway: each runs without errors, its answer a reviewed snapshot.</summary>
public sealed class ReadmeExampleTests(Federation federation) : IClassFixture<Federation>
{
    public static TheoryData<int> Examples() => [.. Enumerable.Range(1, ReadmeExamples.Read().Count)];

    [Fact]
    public void The_readme_has_five_example_queries() => Assert.Equal(5, ReadmeExamples.Read().Count);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Each_example_runs_without_errors(int number)
    {
        var response = await federation.QueryAsync(ReadmeExamples.Read()[number - 1]);

        Assert.Equal(200, response.Status);
        Assert.False(response.Json.TryGetProperty("errors", out var errors), errors.ToString());
        Snapshot.Match(response.Pretty, $"Readme_example_{number}");
    }
}
