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

    private const string WozAtAddress = "{ nummeraanduiding(identificatie: \"1\") { verblijfsobject { wozObject { wozObjectnummer } wozWaardePerVierkanteMeter } } }";

    [Fact]
    public async Task Lookups_of_one_registry_and_plan_level_go_in_one_request_batch_and_each_answer_finds_its_own_entity()
    {
        await using var bag = await FakeSubgraph.AnsweringAsync("""
            {"data":{"nummeraanduiding":{"verblijfsobject":{"_fg_identificatie":"V1","_fg_oppervlakte":50}}}}
            """);
        // The lines come in any order: the second request's first.
        await using var woz = await FakeSubgraph.AnsweringAsync("""
            {"requestIndex":1,"variableIndex":0,"data":{"verblijfsobject":{"wozWaardePerVierkanteMeter":null}},"errors":[{"message":"No value yet.","path":["verblijfsobject","wozWaardePerVierkanteMeter"],"extensions":{"code":"NO_VALUE"}}]}
            {"requestIndex":0,"variableIndex":0,"data":{"verblijfsobject":{"wozObject":{"wozObjectnummer":"W1"}}}}
            """);
        using var gateway = new Gateway(Gateway.CommittedConfiguration, new Dictionary<string, string> { ["bag"] = bag.Url, ["woz"] = woz.Url });

        var response = await gateway.ExecuteAsync(WozAtAddress);

        Assert.Equal("""{"wozObject":{"wozObjectnummer":"W1"},"wozWaardePerVierkanteMeter":null}""",
            response.Data().GetProperty("nummeraanduiding").GetProperty("verblijfsobject").GetRawText());
        var error = Assert.Single(response.Errors());
        Assert.Equal(("NO_VALUE", """["nummeraanduiding","verblijfsobject","wozWaardePerVierkanteMeter"]"""),
            (error.GetProperty("extensions").GetProperty("code").GetString(), error.GetProperty("path").GetRawText()));
        var (_, batch) = Assert.Single(woz.Received);
        Assert.Equal(2, batch.GetArrayLength());
        Assert.Equal(["""[{"_fg_k0":"V1"}]""", """[{"_fg_k0":"V1","_fg_r0":50}]"""], batch.EnumerateArray().Select(r => r.GetProperty("variables").GetRawText()));
    }

    [Fact]
    public async Task A_lookup_of_a_batch_left_alone_with_entities_goes_as_it_would_alone()
    {
        // Without a floor area the value per m² cannot be asked for; the WOZ object still is, in a request of its own.
        await using var bag = await FakeSubgraph.AnsweringAsync("""
            {"data":{"nummeraanduiding":{"verblijfsobject":{"_fg_identificatie":"V1","_fg_oppervlakte":null}}}}
            """);
        await using var woz = await FakeSubgraph.AnsweringAsync("""{"data":{"verblijfsobject":{"wozObject":{"wozObjectnummer":"W1"}}}}""");
        using var gateway = new Gateway(Gateway.CommittedConfiguration, new Dictionary<string, string> { ["bag"] = bag.Url, ["woz"] = woz.Url });

        var response = await gateway.ExecuteAsync(WozAtAddress);

        Assert.Equal("""{"wozObject":{"wozObjectnummer":"W1"},"wozWaardePerVierkanteMeter":null}""",
            response.Data().GetProperty("nummeraanduiding").GetProperty("verblijfsobject").GetRawText());
        var (_, request) = Assert.Single(woz.Received);
        Assert.Equal("""{"_fg_k0":"V1"}""", request.GetProperty("variables").GetRawText());
    }

    [Fact]
    public async Task A_request_batch_answered_with_a_line_missing_is_a_bad_response_for_both_lookups()
    {
        await using var bag = await FakeSubgraph.AnsweringAsync("""
            {"data":{"nummeraanduiding":{"verblijfsobject":{"_fg_identificatie":"V1","_fg_oppervlakte":50}}}}
            """);
        await using var woz = await FakeSubgraph.AnsweringAsync("""{"requestIndex":0,"variableIndex":0,"data":{"verblijfsobject":{"wozObject":{"wozObjectnummer":"W1"}}}}""");
        using var gateway = new Gateway(Gateway.CommittedConfiguration, new Dictionary<string, string> { ["bag"] = bag.Url, ["woz"] = woz.Url });

        var response = await gateway.ExecuteAsync(WozAtAddress);

        Assert.Equal(["SUBGRAPH_BAD_RESPONSE", "SUBGRAPH_BAD_RESPONSE"], response.Errors().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.Equal("""{"wozObject":null,"wozWaardePerVierkanteMeter":null}""",
            response.Data().GetProperty("nummeraanduiding").GetProperty("verblijfsobject").GetRawText());
    }

    [Fact]
    public async Task Lookups_with_more_entities_together_than_one_request_may_carry_go_in_requests_of_their_own()
    {
        await using var bag = await FakeSubgraph.AnsweringAsync("""
            {"data":{"nummeraanduiding":{"verblijfsobject":{"_fg_identificatie":"V1","_fg_oppervlakte":50}}}}
            """);
        await using var woz = await FakeSubgraph.AnsweringAsync("""{"data":{"verblijfsobject":{"wozObject":{"wozObjectnummer":"W1"},"wozWaardePerVierkanteMeter":2000}}}""");
        // One entity per lookup, two together: more than a batch of one may hold.
        using var gateway = new Gateway(Gateway.CommittedConfiguration, new Dictionary<string, string> { ["bag"] = bag.Url, ["woz"] = woz.Url },
            options => options.MaxBatchSize = 1);

        var response = await gateway.ExecuteAsync(WozAtAddress);

        Assert.Empty(response.Errors());
        Assert.Equal("""{"wozObject":{"wozObjectnummer":"W1"},"wozWaardePerVierkanteMeter":2000}""",
            response.Data().GetProperty("nummeraanduiding").GetProperty("verblijfsobject").GetRawText());
        Assert.Equal(2, woz.Received.Count);
        Assert.All(woz.Received, r => Assert.Equal(JsonValueKind.Object, r.Body.ValueKind));
    }
}
