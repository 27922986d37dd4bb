using FederatedGraph.FederationTesting;
using System.Text.Json;
using FederatedGraph.Gateway.Configuration;
using FederatedGraph.Registries.Testing;

namespace FederatedGraph.Gateway.Execution.Tests;

/// <summary>Federated queries against the five real registries: the right data, one HTTP request per subgraph and level.</summary>
public sealed class FederatedQueryTests(FiveRegistries registries) : IClassFixture<FiveRegistries>, IDisposable
{
    private const string FiftyPersons = """
        { personen(first: 50, order: [{ burgerservicenummer: ASC }]) { nodes {
            burgerservicenummer naam { volledigeNaam }
            verblijfplaats { nummeraanduiding { identificatie status verblijfsobject { oppervlakte } } }
            ondernemingen { kvkNummer naam }
            eigendommen { identificatie }
        } } }
        """;

    private readonly Gateway _gateway = new(Gateway.CommittedConfiguration, registries.Urls);

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public async Task A_single_registry_query_returns_what_the_registry_returns()
    {
        const string query = "{ personen(first: 5, order: [{ burgerservicenummer: ASC }]) { totalCount nodes { burgerservicenummer naam { volledigeNaam } geboorte { datum } } } }";

        var response = await _gateway.ExecuteAsync(query);

        Assert.Empty(response.Errors());
        Assert.True(JsonElement.DeepEquals((await registries.Brp.PostAsync(query)).Data, response.Data()));
        Assert.Equal(1, _gateway.Requests["brp"]);
        Assert.Equal(1, _gateway.Requests.Total);
    }

    [Fact]
    public async Task Fifty_persons_with_their_addresses_businesses_and_properties_take_one_request_per_registry()
    {
        var response = await _gateway.ExecuteAsync(FiftyPersons);

        Assert.Empty(response.Errors());
        var nodes = response.Data().GetProperty("personen").Nodes();
        Assert.Equal(50, nodes.Length);
        await AssertMatchesRegistriesAsync(nodes);
        Assert.All(nodes, n => Assert.True(n.GetProperty("verblijfplaats").GetProperty("nummeraanduiding").GetProperty("verblijfsobject").GetProperty("oppervlakte").GetInt32() > 0));
        Assert.Equal((1, 1, 1, 1, 4), (_gateway.Requests["brp"], _gateway.Requests["bag"], _gateway.Requests["hr"], _gateway.Requests["brk"], _gateway.Requests.Total));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task Without_variable_batching_the_entities_go_as_a_request_batch_or_as_aliases_in_one_request(bool variableBatching, bool requestBatching)
    {
        var configuration = Gateway.CommittedConfiguration with
        {
            SourceSchemas = [.. Gateway.CommittedConfiguration.SourceSchemas.Select(s => s.Name is "hr" or "brk"
                ? s with { Capabilities = new SourceSchemaCapabilitiesConfiguration { VariableBatching = variableBatching, RequestBatching = requestBatching } }
                : s)],
        };
        using var gateway = new Gateway(configuration, registries.Urls);

        var response = await gateway.ExecuteAsync(FiftyPersons);

        Assert.Empty(response.Errors());
        await AssertMatchesRegistriesAsync(response.Data().GetProperty("personen").Nodes());
        Assert.Equal((1, 1, 1), (gateway.Requests["brp"], gateway.Requests["hr"], gateway.Requests["brk"]));
    }

    [Fact]
    public async Task A_required_field_is_fetched_from_bag_first_and_passed_to_woz()
    {
        var response = await _gateway.ExecuteAsync("""
            { wozObjecten(first: 10, order: [{ wozObjectnummer: ASC }]) { nodes {
                wozObjectnummer waarden { vastgesteldeWaarde }
                verblijfsobject { identificatie oppervlakte wozWaardePerVierkanteMeter }
            } } }
            """);

        Assert.Empty(response.Errors());
        var nodes = response.Data().GetProperty("wozObjecten").Nodes();
        Assert.Equal(10, nodes.Length);
        foreach (var node in nodes)
        {
            var verblijfsobject = node.GetProperty("verblijfsobject");
            var direct = await registries.Woz.PostAsync(
                "query($id: String!, $m2: Int!) { verblijfsobject(identificatie: $id) { wozWaardePerVierkanteMeter(oppervlakte: $m2) } }",
                new { id = verblijfsobject.Text("identificatie"), m2 = verblijfsobject.GetProperty("oppervlakte").GetInt32() });
            Assert.Equal(direct.Data.GetProperty("verblijfsobject").GetProperty("wozWaardePerVierkanteMeter").ToString(),
                verblijfsobject.GetProperty("wozWaardePerVierkanteMeter").ToString());
        }
        // woz twice: the objects, then the value per m2 once BAG's oppervlakte is known.
        Assert.Equal((2, 1), (_gateway.Requests["woz"], _gateway.Requests["bag"]));
    }

    [Fact]
    public async Task Address_lines_brp_provides_need_no_bag_request_but_other_bag_fields_do()
    {
        var provided = await _gateway.ExecuteAsync("{ personen(first: 5) { nodes { verblijfplaats { nummeraanduiding { postcode huisnummer } } } } }");
        Assert.Empty(provided.Errors());
        Assert.Equal(0, _gateway.Requests["bag"]);

        var response = await _gateway.ExecuteAsync("{ personen(first: 5) { nodes { verblijfplaats { nummeraanduiding { identificatie postcode verblijfsobject { oppervlakte } } } } } }");
        Assert.Empty(response.Errors());
        Assert.Equal(1, _gateway.Requests["bag"]);
        foreach (var node in response.Data().GetProperty("personen").Nodes())
        {
            var nummeraanduiding = node.GetProperty("verblijfplaats").GetProperty("nummeraanduiding");
            var bag = await registries.Bag.PostAsync("query($id: String!) { nummeraanduiding(identificatie: $id) { postcode verblijfsobject { oppervlakte } } }",
                new { id = nummeraanduiding.Text("identificatie") });
            Assert.Equal(bag.Data.GetProperty("nummeraanduiding").GetProperty("verblijfsobject").ToString(), nummeraanduiding.GetProperty("verblijfsobject").ToString());
            Assert.Equal(bag.Data.GetProperty("nummeraanduiding").Text("postcode"), nummeraanduiding.Text("postcode"));
        }
    }

    [Fact]
    public async Task The_eigenaar_union_takes_persons_from_brp_and_legal_persons_from_hr()
    {
        var response = await _gateway.ExecuteAsync("""
            { maatschappelijkeActiviteiten(first: 40, order: [{ kvkNummer: ASC }]) { nodes { kvkNummer eigenaar {
                __typename
                ... on Persoon { burgerservicenummer naam { volledigeNaam } }
                ... on NietNatuurlijkPersoon { rsin statutaireNaam }
            } } } }
            """);

        Assert.Empty(response.Errors());
        var owners = response.Data().GetProperty("maatschappelijkeActiviteiten").Nodes().Select(n => n.GetProperty("eigenaar")).ToList();
        var persons = owners.Where(o => o.Text("__typename") == "Persoon").ToList();
        Assert.NotEmpty(persons);
        Assert.Contains(owners, o => o.Text("__typename") == "NietNatuurlijkPersoon");
        foreach (var owner in owners)
        {
            var expected = owner.Text("__typename") == "Persoon" ? new[] { "__typename", "burgerservicenummer", "naam" } : ["__typename", "rsin", "statutaireNaam"];
            Assert.Equal(expected, owner.EnumerateObject().Select(p => p.Name));
        }
        foreach (var person in persons)
        {
            var brp = await registries.Brp.PostAsync("query($bsn: String!) { persoon(burgerservicenummer: $bsn) { naam { volledigeNaam } } }", new { bsn = person.Text("burgerservicenummer") });
            Assert.Equal(brp.Data.GetProperty("persoon").GetProperty("naam").Text("volledigeNaam"), person.GetProperty("naam").Text("volledigeNaam"));
        }
        Assert.Equal((1, 1), (_gateway.Requests["hr"], _gateway.Requests["brp"]));
    }

    [Fact]
    public async Task Entities_in_nested_lists_are_fetched_in_one_request_for_all_of_them()
    {
        var response = await _gateway.ExecuteAsync("{ personen(first: 30) { nodes { kinderen { burgerservicenummer ondernemingen { kvkNummer } } } } }");

        Assert.Empty(response.Errors());
        var kinderen = response.Data().GetProperty("personen").Nodes().SelectMany(n => n.GetProperty("kinderen").EnumerateArray()).ToList();
        Assert.NotEmpty(kinderen);
        Assert.All(kinderen, k => Assert.Equal(JsonValueKind.Array, k.GetProperty("ondernemingen").ValueKind));
        Assert.Equal((1, 1), (_gateway.Requests["brp"], _gateway.Requests["hr"]));
    }

    [Fact]
    public async Task Fragments_aliases_and_conditions_shape_the_response_as_asked()
    {
        const string query = """
            query($withNaam: Boolean!, $skipBedrijven: Boolean!) {
              personen(first: 3, order: [{ burgerservicenummer: ASC }]) { nodes {
                bsn: burgerservicenummer
                ...Naam @include(if: $withNaam)
                bedrijven: ondernemingen @skip(if: $skipBedrijven) { kvk: kvkNummer }
                __typename
              } }
            }
            fragment Naam on Persoon { naam { volledigeNaam } geboorte { datum } }
            """;

        var withAll = await _gateway.ExecuteAsync(query, new { withNaam = true, skipBedrijven = false });
        var without = await _gateway.ExecuteAsync(query, new { withNaam = false, skipBedrijven = true });

        Assert.Empty(withAll.Errors());
        Assert.Empty(without.Errors());
        Assert.All(withAll.Data().GetProperty("personen").Nodes(), n => Assert.Equal(["bsn", "naam", "geboorte", "bedrijven", "__typename"], n.EnumerateObject().Select(p => p.Name)));
        Assert.All(without.Data().GetProperty("personen").Nodes(), n => Assert.Equal(["bsn", "__typename"], n.EnumerateObject().Select(p => p.Name)));
        Assert.All(withAll.Data().GetProperty("personen").Nodes(), n => Assert.Equal("Persoon", n.Text("__typename")));
    }

    [Fact]
    public async Task Root_typename_is_answered_without_any_subgraph()
    {
        var response = await _gateway.ExecuteAsync("{ __typename }");

        Assert.Equal("""{"__typename":"Query"}""", response.Data().GetRawText());
        Assert.Equal(0, _gateway.Requests.Total);
    }

    [Fact]
    public async Task The_plan_is_in_the_extensions_when_asked_for()
    {
        var response = await _gateway.ExecuteAsync("{ personen(first: 1) { nodes { ondernemingen { naam } } } }", includePlan: true);

        var plan = response.GetProperty("extensions").Text("plan");
        Assert.Contains("Fetch 2 · hr · after 1 · at personen.nodes", plan);
    }

    private async Task AssertMatchesRegistriesAsync(JsonElement[] nodes)
    {
        foreach (var node in nodes)
        {
            var bsn = node.Text("burgerservicenummer");
            var hr = await registries.Hr.PostAsync("query($bsn: String!) { persoon(burgerservicenummer: $bsn) { ondernemingen { kvkNummer naam } } }", new { bsn });
            var brk = await registries.Brk.PostAsync("query($bsn: String!) { persoon(burgerservicenummer: $bsn) { eigendommen { identificatie } } }", new { bsn });
            Assert.True(JsonElement.DeepEquals(hr.Data.GetProperty("persoon").GetProperty("ondernemingen"), node.GetProperty("ondernemingen")), bsn);
            Assert.True(JsonElement.DeepEquals(brk.Data.GetProperty("persoon").GetProperty("eigendommen"), node.GetProperty("eigendommen")), bsn);
        }
        Assert.Contains(nodes, n => n.GetProperty("ondernemingen").GetArrayLength() > 0 || n.GetProperty("eigendommen").GetArrayLength() > 0);
    }
}
