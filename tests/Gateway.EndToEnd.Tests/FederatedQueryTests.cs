using FederatedGraph.FederationTesting;
using System.Text.Json;
using FederatedGraph.Subgraphs.SampleData.Hr;
using Snapshooter.Xunit;

namespace FederatedGraph.Gateway.EndToEnd.Tests;

/// <summary>Client operations against the composed schema, answered by the gateway from the five registries.</summary>
public sealed class FederatedQueryTests(Federation federation) : IClassFixture<Federation>
{
    /// <summary>A person who runs an eenmanszaak and owns property: every registry has something to say.</summary>
    private string Bsn
    {
        get
        {
            var ondernemers = federation.Sample.Hr.MaatschappelijkeActiviteiten
                .Select(m => m.Eigenaar).OfType<NatuurlijkPersoon>().Select(e => e.Burgerservicenummer).ToHashSet();
            return federation.Sample.Brk.OnroerendeZaken
                .SelectMany(z => z.ZakelijkGerechtigden).Select(g => g.Burgerservicenummer)
                .First(bsn => bsn is not null && ondernemers.Contains(bsn))!;
        }
    }

    [Fact]
    public async Task A_person_is_answered_from_all_five_registries_in_one_request()
    {
        var response = await federation.QueryAsync("""
            query($bsn: String!) {
              persoon(burgerservicenummer: $bsn) {
                naam { volledigeNaam }
                verblijfplaats {
                  nummeraanduiding {
                    postcode huisnummer
                    verblijfsobject { oppervlakte wozObject { waarden { vastgesteldeWaarde waardepeildatum } } wozWaardePerVierkanteMeter }
                  }
                }
                ondernemingen { kvkNummer naam vestigingen { handelsnamen bezoekadres { straat huisnummer } } }
                eigendommen { identificatie kadastraleAanduiding { sectie perceelnummer } }
              }
            }
            """, new { bsn = Bsn });

        Assert.Equal(200, response.Status);
        Assert.False(response.Json.TryGetProperty("errors", out var errors), errors.ToString());
        var persoon = response.Data.GetProperty("persoon");
        Assert.NotEmpty(persoon.GetProperty("ondernemingen").EnumerateArray());
        Assert.NotEmpty(persoon.GetProperty("eigendommen").EnumerateArray());
        // The @require'd value: WOZ divides its newest value by the oppervlakte the gateway fetched from the BAG.
        var verblijfsobject = persoon.GetProperty("verblijfplaats").GetProperty("nummeraanduiding").GetProperty("verblijfsobject");
        var nieuwste = verblijfsobject.GetProperty("wozObject").GetProperty("waarden").EnumerateArray()
            .MaxBy(w => w.GetProperty("waardepeildatum").GetString()).GetProperty("vastgesteldeWaarde").GetInt32();
        Assert.Equal((int)Math.Round((decimal)nieuwste / verblijfsobject.GetProperty("oppervlakte").GetInt32(), MidpointRounding.AwayFromZero),
            verblijfsobject.GetProperty("wozWaardePerVierkanteMeter").GetInt32());
        Snapshot.Match(response.Pretty, "EndToEnd_persoon_uit_vijf_registers");
    }

    [Fact]
    public async Task Owners_of_a_union_type_come_from_brp_and_hr()
    {
        var response = await federation.QueryAsync("""
            {
              maatschappelijkeActiviteiten(first: 6, order: [{ kvkNummer: ASC }]) {
                nodes {
                  kvkNummer rechtsvorm
                  eigenaar {
                    __typename
                    ... on Persoon { burgerservicenummer naam { volledigeNaam } geboorte { datum } }
                    ... on NietNatuurlijkPersoon { rsin statutaireNaam }
                  }
                }
              }
            }
            """);

        var eigenaars = response.Data.GetProperty("maatschappelijkeActiviteiten").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("eigenaar")).ToList();
        Assert.Contains(eigenaars, e => e.GetProperty("__typename").GetString() == "Persoon" && e.GetProperty("naam").GetProperty("volledigeNaam").GetString()!.Length > 0);
        Assert.Contains(eigenaars, e => e.GetProperty("__typename").GetString() == "NietNatuurlijkPersoon");
        Snapshot.Match(response.Pretty, "EndToEnd_eigenaars_union");
    }

    [Fact]
    public async Task An_address_shows_residents_businesses_parcels_and_value()
    {
        var adres = federation.Sample.Hr.Vestigingen.First().BezoekadresNummeraanduidingIdentificatie;

        var response = await federation.QueryAsync("""
            query($id: String!) {
              nummeraanduiding(identificatie: $id) {
                straat huisnummer postcode woonplaats
                bewoners { naam { volledigeNaam } }
                vestigingen { handelsnamen maatschappelijkeActiviteit { naam } }
                kadastraleOnroerendeZaken {
                  identificatie
                  zakelijkGerechtigden { aandeel { teller noemer } persoon { naam { volledigeNaam } } nietNatuurlijkPersoon { statutaireNaam } }
                }
                verblijfsobject { gebruiksdoelen wozObject { wozObjectnummer } }
              }
            }
            """, new { id = adres });

        Assert.False(response.Json.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.NotEmpty(response.Data.GetProperty("nummeraanduiding").GetProperty("vestigingen").EnumerateArray());
        Snapshot.Match(response.Pretty, "EndToEnd_adres");
    }

    [Fact]
    public async Task Address_lines_brp_provides_need_no_bag_fetch_but_other_bag_fields_do()
    {
        const string provided = "query($bsn: String!) { persoon(burgerservicenummer: $bsn) { verblijfplaats { nummeraanduiding { postcode huisnummer } } } }";
        const string notProvided = "query($bsn: String!) { persoon(burgerservicenummer: $bsn) { verblijfplaats { nummeraanduiding { postcode status } } } }";

        var withProvides = await federation.QueryAsync(provided, new { bsn = Bsn }, plan: true);
        var withBag = await federation.QueryAsync(notProvided, new { bsn = Bsn }, plan: true);

        Assert.StartsWith("query: 1 fetch", Plan(withProvides));
        Assert.DoesNotContain("· bag", Plan(withProvides));
        Assert.Contains("· bag", Plan(withBag));
        Assert.Equal(
            withProvides.Data.GetProperty("persoon").GetProperty("verblijfplaats").GetProperty("nummeraanduiding").GetProperty("postcode").GetString(),
            withBag.Data.GetProperty("persoon").GetProperty("verblijfplaats").GetProperty("nummeraanduiding").GetProperty("postcode").GetString());
    }

    [Fact]
    public async Task Introspection_shows_the_public_schema_without_required_arguments()
    {
        var response = await federation.QueryAsync("""
            { __type(name: "Verblijfsobject") { fields { name args { name } } } }
            """);

        var fields = response.Data.GetProperty("__type").GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.Empty(fields["wozWaardePerVierkanteMeter"].GetProperty("args").EnumerateArray());
        Assert.Contains("wozObject", fields.Keys);
        Assert.DoesNotContain(fields.Keys, name => name.StartsWith("_fg", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Introspection_and_registry_fields_in_one_operation_come_back_together()
    {
        var response = await federation.QueryAsync("""
            query($bsn: String!) {
              persoon(burgerservicenummer: $bsn) { naam { volledigeNaam } ondernemingen { naam } }
              __type(name: "MaatschappelijkeActiviteit") { name }
              __typename
            }
            """, new { bsn = Bsn });

        Assert.False(response.Json.TryGetProperty("errors", out _), response.Json.ToString());
        Assert.Equal(["persoon", "__type", "__typename"], response.Data.EnumerateObject().Select(p => p.Name));
        Assert.Equal("MaatschappelijkeActiviteit", response.Data.GetProperty("__type").GetProperty("name").GetString());
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
        Assert.NotEmpty(response.Data.GetProperty("persoon").GetProperty("ondernemingen").EnumerateArray());
    }

    [Fact]
    public async Task A_registry_error_reaches_the_client_at_its_path_with_the_registry_named()
    {
        var response = await federation.QueryAsync("""{ persoon(burgerservicenummer: "123456789") { naam { volledigeNaam } } }""");

        Assert.Equal(200, response.Status);
        var error = response.Json.GetProperty("errors")[0];
        Assert.Equal("INVALID_BSN", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("brp", error.GetProperty("extensions").GetProperty("subgraph").GetString());
        Assert.Equal(["persoon"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("persoon").ValueKind);
    }

    [Fact]
    public async Task An_unknown_field_is_a_validation_error_before_any_registry_is_asked()
    {
        var response = await federation.QueryAsync("""{ persoon(burgerservicenummer: "999999990") { schoenmaat } }""");

        Assert.Equal(400, response.Status);
        Assert.Contains("schoenmaat", response.Body);
        Assert.Equal(JsonValueKind.Object, response.Json.GetProperty("errors")[0].GetProperty("extensions").ValueKind);
    }

    private static string Plan(Registries.Testing.GraphQLResponse response)
        => response.Json.GetProperty("extensions").GetProperty("plan").GetString()!;
}
