using System.Text.Json;

namespace FederatedGraph.Gateway.Execution.Tests;

/// <summary>How entity fetches are batched, against fake subgraphs that show what the gateway sends.</summary>
public sealed class EntityBatchingTests
{
    [Fact]
    public async Task Entities_with_the_same_key_are_asked_for_once_and_all_get_the_answer()
    {
        await using var brp = await FakeSubgraph.AnsweringAsync("""
            {"data":{"personen":{"nodes":[{"_fg_burgerservicenummer":"111"},{"_fg_burgerservicenummer":"111"},{"_fg_burgerservicenummer":"222"}]}}}
            """);
        await using var hr = await FakeSubgraph.StartAsync(body =>
        {
            var lines = body.GetProperty("variables").EnumerateArray().Select((variables, i) =>
                JsonSerializer.Serialize(new { variableIndex = i, data = new { persoon = new { ondernemingen = new[] { new { kvkNummer = "K" + variables.GetProperty("_fg_k0").GetString() } } } } }));
            return (200, "application/jsonl", string.Join('\n', lines));
        });
        var urls = new Dictionary<string, string> { ["brp"] = brp.Url, ["hr"] = hr.Url };
        using var gateway = new Gateway(Gateway.CommittedConfiguration, urls);

        var response = await gateway.ExecuteAsync("{ personen { nodes { ondernemingen { kvkNummer } } } }");

        Assert.Empty(response.Errors());
        Assert.Equal(["K111", "K111", "K222"], response.Data().GetProperty("personen").Nodes()
            .Select(n => n.GetProperty("ondernemingen")[0].Text("kvkNummer")));
        var (_, batch) = Assert.Single(hr.Received);
        Assert.Equal(["111", "222"], batch.GetProperty("variables").EnumerateArray().Select(v => v.Text("_fg_k0")));
    }
}
