using FederatedGraph.Registries.Testing;
using Snapshooter.Xunit;

namespace FederatedGraph.Subgraphs.Brp.Tests;

/// <summary>What the BRP subgraph must do on every database provider. Snapshots are shared, so
/// SQLite and PostgreSQL must give the very same answers.</summary>
public abstract class BrpBehaviour(BrpFixture fixture) : RegistryConventions(fixture)
{
    protected override string ConnectionField => "personen";
    protected override string NodeKeyField => "burgerservicenummer";
    protected override int ExpectedTotal => Municipality.Brp.Personen.Count;
    protected override string UnfilterableField => "lengte";
    protected override (string Lookup, string[] Cycle) Recursion => ("""persoon(burgerservicenummer: "999999990")""", ["partners"]);

    private SampleData.Brp.Persoon FirstWithPartnerAndChildren
        => Municipality.Brp.Personen.First(p => p.Partners.Count > 0 && p.Kinderen.Count > 0);

    [Fact]
    public async Task Persoon_lookup_returns_the_registered_person()
    {
        var bsn = FirstWithPartnerAndChildren.Burgerservicenummer;

        var response = await Server.PostAsync("""
            query($bsn: String!) {
              persoon(burgerservicenummer: $bsn) {
                burgerservicenummer
                naam { voornamen voorvoegsel geslachtsnaam volledigeNaam }
                geboorte { datum plaats }
                geslacht
                overlijden { datum }
                verblijfplaats { straat huisnummer huisletter huisnummertoevoeging postcode woonplaats nummeraanduidingIdentificatie adresseerbaarObjectIdentificatie }
                partners { burgerservicenummer naam { volledigeNaam } }
                kinderen { burgerservicenummer geboorte { datum } ouders { burgerservicenummer } }
              }
            }
            """, new { bsn });

        Assert.Equal(200, response.Status);
        Snapshot.Match(response.Pretty, "Brp_persoon_lookup");
    }

    [Fact]
    public async Task Partners_and_parents_are_consistent_both_ways()
    {
        var person = FirstWithPartnerAndChildren;

        var response = await Server.PostAsync("""
            query($bsn: String!) { persoon(burgerservicenummer: $bsn) { partners { partners { burgerservicenummer } } kinderen { ouders { burgerservicenummer } } } }
            """, new { bsn = person.Burgerservicenummer });

        var persoon = response.Data.GetProperty("persoon");
        foreach (var partner in persoon.GetProperty("partners").EnumerateArray())
            Assert.Contains(person.Burgerservicenummer, partner.GetProperty("partners").EnumerateArray().Select(p => p.GetProperty("burgerservicenummer").GetString()));
        foreach (var kind in persoon.GetProperty("kinderen").EnumerateArray())
            Assert.Contains(person.Burgerservicenummer, kind.GetProperty("ouders").EnumerateArray().Select(p => p.GetProperty("burgerservicenummer").GetString()));
        Assert.Equal(person.Kinderen.Count, persoon.GetProperty("kinderen").GetArrayLength());
    }

    [Fact]
    public async Task Personen_filters_sorts_and_pages()
    {
        var response = await Server.PostAsync("""
            {
              personen(
                first: 3
                where: { and: [ { naam: { geslachtsnaam: { startsWith: "V" } } }, { geboorte: { datum: { lt: "1990-01-01" } } } ] }
                order: [ { naam: { geslachtsnaam: ASC } }, { burgerservicenummer: DESC } ]
              ) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage }
                edges { cursor node { burgerservicenummer naam { geslachtsnaam } geboorte { datum } } }
              }
            }
            """);

        var expectedTotal = Municipality.Brp.Personen.Count(p => p.Naam.Geslachtsnaam.StartsWith('V') && p.Geboorte.Datum < new DateOnly(1990, 1, 1));
        Assert.Equal(expectedTotal, response.Data.GetProperty("personen").GetProperty("totalCount").GetInt32());
        Snapshot.Match(response.Pretty, "Brp_personen_filtered");
    }

    [Fact]
    public async Task Variable_batch_of_100_bsn_lookups_is_one_sql_query()
    {
        var bsns = Municipality.Brp.Personen.Skip(100).Take(100).Select(p => p.Burgerservicenummer).ToArray();
        Server.Sql.Clear();

        var response = await Server.PostAsync(
            "query($bsn: String!) { persoon(burgerservicenummer: $bsn) { burgerservicenummer naam { geslachtsnaam } } }",
            bsns.Select(bsn => new { bsn }).ToArray(), accept: "application/jsonl");

        var lines = response.Lines;
        Assert.Equal(100, lines.Count);
        Assert.Equal(bsns, lines.Select(l => l.GetProperty("data").GetProperty("persoon").GetProperty("burgerservicenummer").GetString()));
        Assert.Single(Server.Sql.SelectsFrom("personen"));
    }

    [Fact]
    public async Task Lookup_reads_only_the_selected_columns()
    {
        Server.Sql.Clear();

        await Server.PostAsync("query($bsn: String!) { persoon(burgerservicenummer: $bsn) { naam { geslachtsnaam } } }",
            new { bsn = FirstWithPartnerAndChildren.Burgerservicenummer });

        var sql = Assert.Single(Server.Sql.SelectsFrom("personen"));
        Assert.Contains("Geslachtsnaam", sql);
        Assert.DoesNotContain("Voornamen", sql);
        Assert.DoesNotContain("Postcode", sql);
        Assert.DoesNotContain("Geboortedatum", sql);
        // Keys travel as a parameter, so every batch shares one SQL text.
        Assert.DoesNotContain(FirstWithPartnerAndChildren.Burgerservicenummer, sql);
    }

    [Fact]
    public async Task Residents_of_many_addresses_are_one_sql_query()
    {
        var addresses = Municipality.Brp.Personen.Where(p => p.Overlijden is null)
            .Select(p => p.Verblijfplaats.NummeraanduidingIdentificatie).Distinct().Take(40).ToArray();
        Server.Sql.Clear();

        var response = await Server.PostAsync(
            "query($id: String!) { nummeraanduiding(identificatie: $id) { identificatie bewoners { burgerservicenummer verblijfplaats { nummeraanduidingIdentificatie } } } }",
            addresses.Select(id => new { id }).ToArray(), accept: "application/jsonl");

        foreach (var (line, id) in response.Lines.Zip(addresses))
        {
            var bewoners = line.GetProperty("data").GetProperty("nummeraanduiding").GetProperty("bewoners");
            var expected = Municipality.Brp.Personen.Where(p => p.Overlijden is null && p.Verblijfplaats.NummeraanduidingIdentificatie == id)
                .Select(p => p.Burgerservicenummer).Order(StringComparer.Ordinal);
            Assert.Equal(expected, bewoners.EnumerateArray().Select(b => b.GetProperty("burgerservicenummer").GetString()));
            Assert.All(bewoners.EnumerateArray(), b => Assert.Equal(id, b.GetProperty("verblijfplaats").GetProperty("nummeraanduidingIdentificatie").GetString()));
        }
        Assert.Single(Server.Sql.SelectsFrom("personen"));
    }

    [Fact]
    public async Task Verblijfplaats_provides_the_address_lines_of_its_nummeraanduiding()
    {
        var person = FirstWithPartnerAndChildren;

        var response = await Server.PostAsync("""
            query($bsn: String!) {
              persoon(burgerservicenummer: $bsn) {
                verblijfplaats { nummeraanduiding { identificatie straat huisnummer huisletter huisnummertoevoeging postcode woonplaats } }
              }
            }
            """, new { bsn = person.Burgerservicenummer });

        Assert.Null(response.FirstErrorCode);
        var nummeraanduiding = response.Data.GetProperty("persoon").GetProperty("verblijfplaats").GetProperty("nummeraanduiding");
        var adres = person.Verblijfplaats;
        Assert.Equal(adres.NummeraanduidingIdentificatie, nummeraanduiding.GetProperty("identificatie").GetString());
        Assert.Equal(adres.Straat, nummeraanduiding.GetProperty("straat").GetString());
        Assert.Equal(adres.Huisnummer, nummeraanduiding.GetProperty("huisnummer").GetInt32());
        Assert.Equal(adres.Huisletter, nummeraanduiding.GetProperty("huisletter").GetString());
        Assert.Equal(adres.Huisnummertoevoeging, nummeraanduiding.GetProperty("huisnummertoevoeging").GetString());
        Assert.Equal(adres.Postcode, nummeraanduiding.GetProperty("postcode").GetString());
        Assert.Equal(adres.Woonplaats, nummeraanduiding.GetProperty("woonplaats").GetString());
    }

    [Fact]
    public async Task External_address_fields_are_not_served_outside_the_provides_path()
    {
        var id = FirstWithPartnerAndChildren.Verblijfplaats.NummeraanduidingIdentificatie;

        var response = await Server.PostAsync("query($id: String!) { nummeraanduiding(identificatie: $id) { postcode } }", new { id });

        Assert.Equal("INVALID_ARGUMENT", response.FirstErrorCode);
        Assert.Contains("BAG", response.Json.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("123456789")]
    [InlineData("12345678")]
    [InlineData("abcdefghi")]
    public async Task Invalid_bsn_is_a_clear_error(string bsn)
    {
        var response = await Server.PostAsync("query($bsn: String!) { persoon(burgerservicenummer: $bsn) { burgerservicenummer } }", new { bsn });

        Assert.Equal(200, response.Status);
        Assert.Equal("INVALID_BSN", response.FirstErrorCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("persoon").ValueKind);
    }

    [Fact]
    public async Task Unknown_bsn_is_null_without_error()
    {
        var response = await Server.PostAsync("{ persoon(burgerservicenummer: \"111222333\") { burgerservicenummer } }");

        Assert.Null(response.FirstErrorCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("persoon").ValueKind);
    }
}

public sealed class BrpOnSqliteTests(BrpOnSqlite fixture) : BrpBehaviour(fixture), IClassFixture<BrpOnSqlite>;

public sealed class BrpOnPostgresTests(BrpOnPostgres fixture) : BrpBehaviour(fixture), IClassFixture<BrpOnPostgres>;
