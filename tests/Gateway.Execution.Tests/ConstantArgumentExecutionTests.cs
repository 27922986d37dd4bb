using System.Text.Json;
using FederatedGraph.Tests.Shared;

namespace FederatedGraph.Gateway.Execution.Tests;

/// <summary>
/// A key selected with a constant argument (<see cref="PercelenFederation"/>), executed over HTTP against fake
/// subgraphs: the value of <c>id(bron: KADASTER)</c> is read under its reserved alias and passed to the lookup,
/// and a field the client selects with other arguments stays the client's.
/// </summary>
public sealed class ConstantArgumentExecutionTests
{
    [Fact]
    public async Task The_key_value_selected_with_its_constant_argument_fills_the_lookup()
    {
        await using var gemeente = await FakeSubgraph.AnsweringAsync("""
            {"data":{"percelen":[
              {"id":"G-17","_fg_02e58989a_id":"K-1"},
              {"id":"G-18","_fg_02e58989a_id":"K-2"}]}}
            """);
        await using var kadaster = await FakeSubgraph.StartAsync(body =>
        {
            var lines = body.GetProperty("variables").EnumerateArray().Select((variables, i) =>
                JsonSerializer.Serialize(new { variableIndex = i, data = new { perceel = new { oppervlakte = variables.Text("_fg_k0") == "K-1" ? 120.5 : 80.0 } } }));
            return (200, "application/jsonl", string.Join('\n', lines));
        });
        using var gateway = new Gateway(PercelenFederation.Compose(variableBatching: true), new Dictionary<string, string> { ["gemeente"] = gemeente.Url, ["kadaster"] = kadaster.Url });

        var response = await gateway.ExecuteAsync("{ percelen { id(bron: GEMEENTE) oppervlakte } }");

        Assert.Empty(response.Errors());
        Assert.Equal("""[{"id":"G-17","oppervlakte":120.5},{"id":"G-18","oppervlakte":80}]""", response.Data().GetProperty("percelen").GetRawText());
        var (_, root) = Assert.Single(gemeente.Received);
        Assert.Contains("percelen { id(bron: GEMEENTE) _fg_02e58989a_id: id(bron: KADASTER) }", root.Text("query"));
        var (_, lookup) = Assert.Single(kadaster.Received);
        Assert.Equal(["K-1", "K-2"], lookup.GetProperty("variables").EnumerateArray().Select(v => v.Text("_fg_k0")));
    }
}
