using System.Text.Json;
using FederatedGraph.Tests.Shared;

namespace FederatedGraph.Gateway.Execution.Tests;

/// <summary>
/// A list typed by an interface whose implementations another source schema completes (<see cref="ZakenFederation"/>),
/// executed over HTTP against fake subgraphs: only the implementation that needs more is looked up, once for all its
/// entities, and the answers land on the right items of the list.
/// </summary>
public sealed class InterfaceExecutionTests
{
    private const string Operation = "{ zaken { __typename omschrijving ... on Vergunning { status } } }";

    // What the zaken fake answers to the root fetch: the object type of each item (the planner's discriminator)
    // and, for the Vergunning items, the key the entity fetch needs.
    private const string ZakenAnswer = """
        {"data":{"zaken":[
          {"_fg_type":"Vergunning","omschrijving":"Dakkapel","_fg_id":"V1"},
          {"_fg_type":"Melding","omschrijving":"Losse stoeptegel"},
          {"_fg_type":"Vergunning","omschrijving":"Uitrit","_fg_id":"V2"}]}}
        """;

    [Fact]
    public async Task Only_the_implementation_from_the_other_source_schema_is_looked_up_and_merged_into_its_items()
    {
        await using var zaken = await FakeSubgraph.AnsweringAsync(ZakenAnswer);
        await using var vergunningen = await FakeSubgraph.StartAsync(body =>
        {
            var lines = body.GetProperty("variables").EnumerateArray().Select((variables, i) =>
                JsonSerializer.Serialize(new { variableIndex = i, data = new { vergunning = new { status = "status of " + variables.Text("_fg_k0") } } }));
            return (200, "application/jsonl", string.Join('\n', lines));
        });
        using var gateway = new Gateway(ZakenFederation.Compose(variableBatching: true), Urls(zaken, vergunningen));

        var response = await gateway.ExecuteAsync(Operation);

        Assert.Empty(response.Errors());
        Assert.Equal(
            """[{"__typename":"Vergunning","omschrijving":"Dakkapel","status":"status of V1"},{"__typename":"Melding","omschrijving":"Losse stoeptegel"},{"__typename":"Vergunning","omschrijving":"Uitrit","status":"status of V2"}]""",
            response.Data().GetProperty("zaken").GetRawText());
        var (_, rootRequest) = Assert.Single(zaken.Received);
        Assert.Contains("... on Melding { omschrijving }", rootRequest.Text("query"));
        var (_, lookup) = Assert.Single(vergunningen.Received);
        Assert.Equal(["V1", "V2"], lookup.GetProperty("variables").EnumerateArray().Select(v => v.Text("_fg_k0")));
    }

    [Fact]
    public async Task When_the_other_source_schema_is_down_only_its_fields_are_null_with_an_error_each()
    {
        await using var zaken = await FakeSubgraph.AnsweringAsync(ZakenAnswer);
        await using var vergunningen = await FakeSubgraph.AnsweringAsync("not json");
        using var gateway = new Gateway(ZakenFederation.Compose(variableBatching: true), Urls(zaken, vergunningen));

        var response = await gateway.ExecuteAsync(Operation);

        var items = response.Data().GetProperty("zaken").EnumerateArray().ToArray();
        Assert.Equal(["Dakkapel", "Losse stoeptegel", "Uitrit"], items.Select(i => i.Text("omschrijving")));
        Assert.Equal(JsonValueKind.Null, items[0].GetProperty("status").ValueKind);
        Assert.False(items[1].TryGetProperty("status", out _));
        Assert.Equal(JsonValueKind.Null, items[2].GetProperty("status").ValueKind);
        Assert.Equal(["zaken.0.status", "zaken.2.status"], response.Errors().Select(e => e.PathText()));
        Assert.All(response.Errors(), e => Assert.Equal((GatewayErrorCodes.SubgraphBadResponse, "vergunningen"), (e.Code(), e.Subgraph())));
    }

    private static Dictionary<string, string> Urls(FakeSubgraph zaken, FakeSubgraph vergunningen)
        => new() { ["zaken"] = zaken.Url, ["vergunningen"] = vergunningen.Url };
}
