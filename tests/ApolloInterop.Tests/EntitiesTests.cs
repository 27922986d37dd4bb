using System.Text.Json;
using FederatedGraph.FederationTesting;
using FederatedGraph.Registries.Testing;
using FederatedGraph.Security.Testing;
using FederatedGraph.Subgraphs.Brp.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.ApolloInterop.Tests;

/// <summary>The Apollo Federation subgraph protocol at the registries themselves: <c>_service</c> and <c>_entities</c>.</summary>
[Collection(ApolloCollection.Name)]
public sealed class EntitiesTests(ApolloGateway apollo)
{
    private const string PersonEntities = """
        query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Persoon { burgerservicenummer naam { volledigeNaam } } } }
        """;

    private FiveRegistries Registries => apollo.Federation.Registries;

    [Fact]
    public async Task Service_sdl_is_the_registrys_Apollo_subgraph_schema_and_the_source_schema_leaves_the_protocol_out()
    {
        var response = await Registries.Brp.PostAsync("{ _service { sdl } }");
        var sourceSchema = await Registries.Brp.Client.GetStringAsync("/graphql/schema.graphqls");

        var sdl = response.Data.GetProperty("_service").GetProperty("sdl").GetString()!;
        Assert.Equal(Registries.Brp.Services.GetRequiredService<BrpSchema>().ApolloSubgraphSdl, sdl);
        Assert.Contains("@link(url: \"https://specs.apollo.dev/federation/v2.3\"", sdl);
        Assert.DoesNotContain("@lookup", sdl);
        Assert.DoesNotContain("_entities", sourceSchema);
        Assert.DoesNotContain("_service", sourceSchema);
    }

    [Fact]
    public async Task Many_representations_of_one_type_are_read_with_one_SQL_query_in_their_order()
    {
        var bsns = await BsnsAsync(20);
        Registries.Brp.Sql.Clear();

        var response = await Registries.Brp.PostAsync(PersonEntities, new { r = bsns.AsEnumerable().Reverse().Select(Persoon) });

        var entities = response.Data.GetProperty("_entities").EnumerateArray().ToList();
        Assert.Equal(bsns.AsEnumerable().Reverse(), entities.Select(e => e.GetProperty("burgerservicenummer").GetString()));
        Assert.All(entities, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("naam").GetProperty("volledigeNaam").GetString())));
        Assert.Single(Registries.Brp.Sql.Commands);
    }

    [Fact]
    public async Task An_unknown_entity_is_null_and_a_representation_the_registry_cannot_resolve_is_null_with_an_error_at_its_index()
    {
        var bsn = (await BsnsAsync(1))[0];
        object[] representations =
        [
            Persoon(bsn),
            Persoon("999999990"), // a valid BSN no one in the sample has
            new Dictionary<string, object> { ["__typename"] = "Vestiging", ["vestigingsnummer"] = "000000000001" },
            Persoon("123"),
            new Dictionary<string, object> { ["__typename"] = "Persoon" },
        ];

        var response = await Registries.Brp.PostAsync(PersonEntities, new { r = representations });

        var entities = response.Data.GetProperty("_entities").EnumerateArray().ToList();
        Assert.Equal(bsn, entities[0].GetProperty("burgerservicenummer").GetString());
        Assert.All(entities.Skip(1), e => Assert.Equal(JsonValueKind.Null, e.ValueKind));
        var errors = response.Json.GetProperty("errors").EnumerateArray()
            .ToDictionary(e => e.GetProperty("path")[1].GetInt32(), e => e.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(new Dictionary<int, string?> { [2] = "INVALID_ARGUMENT", [3] = "INVALID_BSN", [4] = "INVALID_ARGUMENT" }, errors);
        Assert.All(response.Json.GetProperty("errors").EnumerateArray(), e => Assert.Equal("_entities", e.GetProperty("path")[0].GetString()));
    }

    [Fact]
    public async Task A_field_that_requires_a_field_of_another_registry_reads_it_from_the_representation()
    {
        var bag = await Registries.Bag.PostAsync("{ verblijfsobjecten(first: 5, order: [{ identificatie: ASC }]) { nodes { identificatie oppervlakte } } }");
        var verblijfsobjecten = bag.Data.GetProperty("verblijfsobjecten").GetProperty("nodes").EnumerateArray()
            .Select(v => (Id: v.GetProperty("identificatie").GetString()!, Oppervlakte: v.GetProperty("oppervlakte").GetInt32())).ToList();

        var entities = await Registries.Woz.PostAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Verblijfsobject { wozWaardePerVierkanteMeter } } }",
            new { r = verblijfsobjecten.Select(v => new Dictionary<string, object> { ["__typename"] = "Verblijfsobject", ["identificatie"] = v.Id, ["oppervlakte"] = v.Oppervlakte }) });

        // What our gateway asks for the same: the oppervlakte as the @require argument.
        var expected = new List<JsonElement>();
        foreach (var (id, oppervlakte) in verblijfsobjecten)
        {
            var lookup = await Registries.Woz.PostAsync("query($id: String!, $m2: Int!) { verblijfsobject(identificatie: $id) { wozWaardePerVierkanteMeter(oppervlakte: $m2) } }",
                new { id, m2 = oppervlakte });
            expected.Add(lookup.Data.GetProperty("verblijfsobject").GetProperty("wozWaardePerVierkanteMeter"));
        }
        Assert.False(entities.Json.TryGetProperty("errors", out var errors), errors.ToString());
        var values = entities.Data.GetProperty("_entities").EnumerateArray().Select(e => e.GetProperty("wozWaardePerVierkanteMeter")).ToList();
        Assert.Equal(expected.Select(v => v.GetRawText()), values.Select(v => v.GetRawText()));
        Assert.Contains(values, v => v.ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public async Task Outside_entities_a_missing_required_argument_is_an_error_of_its_field()
    {
        var bag = await Registries.Bag.PostAsync("{ verblijfsobjecten(first: 1) { nodes { identificatie } } }");
        var id = bag.Data.GetProperty("verblijfsobjecten").GetProperty("nodes")[0].GetProperty("identificatie").GetString();

        var response = await Registries.Woz.PostAsync("query($id: String!) { verblijfsobject(identificatie: $id) { identificatie wozWaardePerVierkanteMeter } }", new { id });

        Assert.Equal("INVALID_ARGUMENT", response.FirstErrorCode);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("verblijfsobject").GetProperty("wozWaardePerVierkanteMeter").ValueKind);
    }

    [Fact]
    public async Task Entities_are_judged_by_the_fields_selected_in_them()
    {
        var bsns = await BsnsAsync(2);
        using var client = TestIssuer.Authorise(new HttpClient { BaseAddress = Registries.Brp.Client.BaseAddress }, SampleCallers.BelastingenWoz, SampleCallers.WozBeschikkingActivity);

        var allowed = await Federation.QueryAsync(client, PersonEntities, new { r = bsns.Select(Persoon) });
        var refused = await Federation.QueryAsync(client, PersonEntities.Replace("naam { volledigeNaam }", "geboorte { datum }"), new { r = bsns.Select(Persoon) });

        Assert.False(allowed.Json.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(2, allowed.Data.GetProperty("_entities").GetArrayLength());
        Assert.Equal(403, refused.Status);
        Assert.Equal("UNAUTHORIZED_FIELD", refused.FirstErrorCode);
        Assert.Equal("Persoon.geboorte", refused.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("coordinate").GetString());
        Assert.False(refused.Json.TryGetProperty("data", out _));
    }

    private static Dictionary<string, object> Persoon(string bsn) => new() { ["__typename"] = "Persoon", ["burgerservicenummer"] = bsn };

    private async Task<List<string>> BsnsAsync(int count)
    {
        var response = await Registries.Brp.PostAsync($"{{ personen(first: {count}, order: [{{ burgerservicenummer: ASC }}]) {{ nodes {{ burgerservicenummer }} }} }}");
        return [.. response.Data.GetProperty("personen").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("burgerservicenummer").GetString()!)];
    }
}
