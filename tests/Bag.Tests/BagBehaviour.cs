using System.Text.Json;
using FederatedGraph.Registries.Testing;
using Snapshooter.Xunit;

namespace FederatedGraph.Subgraphs.Bag.Tests;

/// <summary>What the BAG subgraph must do on every database provider. Snapshots are shared, so
/// SQLite and PostgreSQL must give the very same answers.</summary>
public abstract class BagBehaviour(BagFixture fixture) : RegistryConventions(fixture)
{
    protected override string ConnectionField => "nummeraanduidingen";
    protected override string NodeKeyField => "identificatie";
    protected override int ExpectedTotal => Bag.Nummeraanduidingen.Count;
    protected override string UnfilterableField => "straatnaam";
    protected override (string Lookup, string[] Cycle) Recursion => ("""pand(identificatie: "0363100000000001")""", ["verblijfsobjecten", "panden"]);

    private SampleData.Bag.BagData Bag => Municipality.Bag;

    private BagSampleKeys Keys => new(Municipality);

    private const string AddressWithObjects = """
        query($id: String!) {
          nummeraanduiding(identificatie: $id) {
            identificatie postcode huisnummer huisletter huisnummertoevoeging status straat woonplaats
            openbareRuimte { identificatie naam type woonplaats { identificatie naam } }
            verblijfsobject {
              identificatie gebruiksdoelen oppervlakte status
              panden { identificatie oorspronkelijkBouwjaar status verblijfsobjecten { identificatie } }
            }
          }
        }
        """;

    [Fact]
    public async Task Nummeraanduiding_lookup_returns_the_address_with_its_street_town_and_building()
    {
        var verblijfsobject = Keys.InSharedPand;

        var response = await Server.PostAsync(AddressWithObjects, new { id = verblijfsobject.HoofdadresIdentificatie });

        Assert.Equal(200, response.Status);
        Snapshot.Match(response.Pretty, "Bag_nummeraanduiding_lookup");
    }

    [Fact]
    public async Task Verblijfsobject_and_pand_lookups_return_the_registered_objects()
    {
        var verblijfsobject = Keys.MixedUse;
        var pand = Keys.InSharedPand.PandIdentificaties[0];

        var response = await Server.PostAsync("""
            query($vbo: String!, $pand: String!) {
              verblijfsobject(identificatie: $vbo) {
                identificatie gebruiksdoelen oppervlakte status
                hoofdadres { identificatie postcode huisnummer huisletter huisnummertoevoeging }
                panden { identificatie }
              }
              pand(identificatie: $pand) {
                identificatie oorspronkelijkBouwjaar status
                verblijfsobjecten { identificatie oppervlakte hoofdadres { straat huisnummer huisletter huisnummertoevoeging } }
              }
            }
            """, new { vbo = verblijfsobject.Identificatie, pand });

        var found = response.Data.GetProperty("verblijfsobject");
        Assert.Equal(verblijfsobject.Gebruiksdoelen, found.GetProperty("gebruiksdoelen").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(verblijfsobject.Oppervlakte, found.GetProperty("oppervlakte").GetInt32());
        Assert.Equal(verblijfsobject.PandIdentificaties, found.GetProperty("panden").EnumerateArray().Select(p => p.GetProperty("identificatie").GetString()));
        Snapshot.Match(response.Pretty, "Bag_verblijfsobject_en_pand_lookup");
    }

    [Fact]
    public async Task Openbare_ruimte_and_woonplaats_lookups_return_the_registered_objects()
    {
        var straat = Bag.OpenbareRuimten.First();

        var response = await Server.PostAsync("""
            query($straat: String!, $woonplaats: String!) {
              openbareRuimte(identificatie: $straat) { identificatie naam type woonplaats { identificatie naam } }
              woonplaats(identificatie: $woonplaats) { identificatie naam }
            }
            """, new { straat = straat.Identificatie, woonplaats = straat.WoonplaatsIdentificatie });

        Assert.Equal(straat.Naam, response.Data.GetProperty("openbareRuimte").GetProperty("naam").GetString());
        Assert.Equal(straat.WoonplaatsIdentificatie, response.Data.GetProperty("woonplaats").GetProperty("identificatie").GetString());
        Assert.Equal(Bag.Woonplaatsen.Single(w => w.Identificatie == straat.WoonplaatsIdentificatie).Naam,
            response.Data.GetProperty("openbareRuimte").GetProperty("woonplaats").GetProperty("naam").GetString());
    }

    [Fact]
    public async Task Postcode_huisnummer_lookup_finds_the_address_meant()
    {
        var (plain, lettered) = Keys.PlainAndLettered;
        var toevoeging = Keys.WithToevoeging;
        var spaced = plain.Postcode[..4] + " " + plain.Postcode[4..].ToLowerInvariant();

        var response = await Server.PostAsync("""
            query($postcode: String!, $spaced: String!, $huisnummer: Int!, $huisletter: String!, $tPostcode: String!, $tHuisnummer: Int!, $toevoeging: String!) {
              plain: nummeraanduidingByPostcodeHuisnummer(postcode: $postcode, huisnummer: $huisnummer) { identificatie }
              spaced: nummeraanduidingByPostcodeHuisnummer(postcode: $spaced, huisnummer: $huisnummer) { identificatie }
              lettered: nummeraanduidingByPostcodeHuisnummer(postcode: $postcode, huisnummer: $huisnummer, huisletter: $huisletter) { identificatie huisletter }
              toevoeging: nummeraanduidingByPostcodeHuisnummer(postcode: $tPostcode, huisnummer: $tHuisnummer, huisnummertoevoeging: $toevoeging) { identificatie }
              unknown: nummeraanduidingByPostcodeHuisnummer(postcode: $postcode, huisnummer: 99999) { identificatie }
            }
            """, new
        {
            postcode = plain.Postcode, spaced, huisnummer = plain.Huisnummer, huisletter = lettered.Huisletter!.ToLowerInvariant(),
            tPostcode = toevoeging.Postcode, tHuisnummer = toevoeging.Huisnummer, toevoeging = toevoeging.Huisnummertoevoeging,
        });

        Assert.Null(response.FirstErrorCode);
        var data = response.Data;
        Assert.Equal(plain.Identificatie, data.GetProperty("plain").GetProperty("identificatie").GetString());
        Assert.Equal(plain.Identificatie, data.GetProperty("spaced").GetProperty("identificatie").GetString());
        Assert.Equal(lettered.Identificatie, data.GetProperty("lettered").GetProperty("identificatie").GetString());
        Assert.Equal(lettered.Huisletter, data.GetProperty("lettered").GetProperty("huisletter").GetString());
        Assert.Equal(toevoeging.Identificatie, data.GetProperty("toevoeging").GetProperty("identificatie").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("unknown").ValueKind);
    }

    [Fact]
    public async Task Objects_refer_to_each_other_consistently_both_ways()
    {
        var response = await Server.PostAsync("""
            {
              verblijfsobjecten(first: 20) {
                nodes { identificatie hoofdadres { verblijfsobject { identificatie } } panden { verblijfsobjecten { identificatie } } }
              }
            }
            """);

        foreach (var node in response.Data.GetProperty("verblijfsobjecten").GetProperty("nodes").EnumerateArray())
        {
            var id = node.GetProperty("identificatie").GetString();
            Assert.Equal(id, node.GetProperty("hoofdadres").GetProperty("verblijfsobject").GetProperty("identificatie").GetString());
            Assert.All(node.GetProperty("panden").EnumerateArray(), pand =>
                Assert.Contains(id, pand.GetProperty("verblijfsobjecten").EnumerateArray().Select(v => v.GetProperty("identificatie").GetString())));
        }
    }

    [Fact]
    public async Task Nummeraanduidingen_filters_sorts_and_pages()
    {
        var postcode = Keys.PlainAndLettered.Plain.Postcode;
        var wijk = postcode[..4];

        var response = await Server.PostAsync("""
            query($wijk: String!) {
              nummeraanduidingen(
                first: 4
                where: { and: [ { postcode: { startsWith: $wijk } }, { huisnummer: { gte: 3 } } ] }
                order: [ { huisnummer: DESC }, { postcode: ASC } ]
              ) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage }
                edges { cursor node { identificatie postcode huisnummer huisletter huisnummertoevoeging straat } }
              }
            }
            """, new { wijk });

        var expectedTotal = Bag.Nummeraanduidingen.Count(n => n.Postcode.StartsWith(wijk, StringComparison.Ordinal) && n.Huisnummer >= 3);
        Assert.Equal(expectedTotal, response.Data.GetProperty("nummeraanduidingen").GetProperty("totalCount").GetInt32());
        Snapshot.Match(response.Pretty, "Bag_nummeraanduidingen_filtered");
    }

    [Fact]
    public async Task Second_page_continues_where_the_first_ended()
    {
        const string query = """
            query($after: String) {
              panden(first: 5, after: $after, where: { oorspronkelijkBouwjaar: { lt: 1950 } }, order: [{ oorspronkelijkBouwjaar: ASC }]) {
                totalCount pageInfo { endCursor hasNextPage } nodes { identificatie oorspronkelijkBouwjaar }
              }
            }
            """;
        var first = (await Server.PostAsync(query, new { after = (string?)null })).Data.GetProperty("panden");
        var second = (await Server.PostAsync(query, new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).Data.GetProperty("panden");

        var expected = Bag.Panden.Where(p => p.OorspronkelijkBouwjaar < 1950)
            .OrderBy(p => p.OorspronkelijkBouwjaar).ThenBy(p => p.Identificatie, StringComparer.Ordinal)
            .Select(p => p.Identificatie).Take(10);
        var actual = first.GetProperty("nodes").EnumerateArray().Concat(second.GetProperty("nodes").EnumerateArray())
            .Select(p => p.GetProperty("identificatie").GetString());
        Assert.Equal(expected, actual);
        Assert.Equal(Bag.Panden.Count(p => p.OorspronkelijkBouwjaar < 1950), first.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Verblijfsobjecten_filter_on_oppervlakte()
    {
        var response = await Server.PostAsync("""
            { verblijfsobjecten(first: 50, where: { oppervlakte: { gt: 150 } }, order: [{ oppervlakte: DESC }]) { totalCount nodes { identificatie oppervlakte } } }
            """);

        var connection = response.Data.GetProperty("verblijfsobjecten");
        Assert.Equal(Bag.Verblijfsobjecten.Count(v => v.Oppervlakte > 150), connection.GetProperty("totalCount").GetInt32());
        var oppervlakten = connection.GetProperty("nodes").EnumerateArray().Select(v => v.GetProperty("oppervlakte").GetInt32()).ToList();
        Assert.All(oppervlakten, o => Assert.True(o > 150));
        Assert.Equal(oppervlakten.OrderDescending(), oppervlakten);
    }

    [Fact]
    public async Task Variable_batch_of_100_nummeraanduiding_lookups_is_one_sql_query()
    {
        var ids = Bag.Nummeraanduidingen.Skip(100).Take(100).Select(n => n.Identificatie).ToArray();
        Server.Sql.Clear();

        var response = await Server.PostAsync(
            "query($id: String!) { nummeraanduiding(identificatie: $id) { identificatie postcode huisnummer } }",
            ids.Select(id => new { id }).ToArray(), accept: "application/jsonl");

        var lines = response.Lines;
        Assert.Equal(100, lines.Count);
        Assert.Equal(ids, lines.Select(l => l.GetProperty("data").GetProperty("nummeraanduiding").GetProperty("identificatie").GetString()));
        Assert.Single(Server.Sql.Commands);
    }

    [Fact]
    public async Task Variable_batch_of_100_postcode_lookups_is_one_sql_query()
    {
        var addresses = Bag.Nummeraanduidingen.Where(n => n.Huisletter is null && n.Huisnummertoevoeging is null).Skip(50).Take(100).ToArray();
        Server.Sql.Clear();

        var response = await Server.PostAsync(
            "query($postcode: String!, $huisnummer: Int!) { nummeraanduidingByPostcodeHuisnummer(postcode: $postcode, huisnummer: $huisnummer) { identificatie } }",
            addresses.Select(a => new { postcode = a.Postcode, huisnummer = a.Huisnummer }).ToArray(), accept: "application/jsonl");

        Assert.Equal(addresses.Select(a => a.Identificatie),
            response.Lines.Select(l => l.GetProperty("data").GetProperty("nummeraanduidingByPostcodeHuisnummer").GetProperty("identificatie").GetString()));
        Assert.Single(Server.Sql.Commands);
    }

    [Fact]
    public async Task Variable_batches_of_verblijfsobject_and_pand_lookups_are_one_sql_query_each()
    {
        var verblijfsobjecten = Bag.Verblijfsobjecten.Take(100).Select(v => v.Identificatie).ToArray();
        var panden = Bag.Panden.Take(100).Select(p => p.Identificatie).ToArray();
        Server.Sql.Clear();

        var vboLines = (await Server.PostAsync("query($id: String!) { verblijfsobject(identificatie: $id) { identificatie } }",
            verblijfsobjecten.Select(id => new { id }).ToArray(), accept: "application/jsonl")).Lines;
        var pandLines = (await Server.PostAsync("query($id: String!) { pand(identificatie: $id) { identificatie } }",
            panden.Select(id => new { id }).ToArray(), accept: "application/jsonl")).Lines;

        Assert.Equal(verblijfsobjecten, vboLines.Select(l => l.GetProperty("data").GetProperty("verblijfsobject").GetProperty("identificatie").GetString()));
        Assert.Equal(panden, pandLines.Select(l => l.GetProperty("data").GetProperty("pand").GetProperty("identificatie").GetString()));
        Assert.Equal(2, Server.Sql.Commands.Count);
    }

    [Fact]
    public async Task Repeated_keys_in_a_variable_batch_are_each_answered()
    {
        var ids = Bag.Nummeraanduidingen.Take(3).Select(n => n.Identificatie).ToArray();
        var repeated = Enumerable.Range(0, 30).Select(i => ids[i % ids.Length]).ToArray();
        Server.Sql.Clear();

        var lines = (await Server.PostAsync("query($id: String!) { nummeraanduiding(identificatie: $id) { identificatie straat } }",
            repeated.Select(id => new { id }).ToArray(), accept: "application/jsonl")).Lines;

        Assert.Equal(repeated, lines.Select(l => l.GetProperty("data").GetProperty("nummeraanduiding").GetProperty("identificatie").GetString()));
        Assert.Single(Server.Sql.SelectsFrom("nummeraanduidingen"));
    }

    [Fact]
    public async Task Nested_objects_of_a_batch_cost_the_same_queries_for_1_or_100_addresses()
    {
        var ids = Bag.Nummeraanduidingen.Skip(300).Take(100).Select(n => n.Identificatie).ToArray();

        var (_, forOne) = await Server.PostBatchAsync(AddressWithObjects, "id", ids.Take(1));
        var (lines, forHundred) = await Server.PostBatchAsync(AddressWithObjects, "id", ids);

        Assert.All(lines, line => Assert.False(line.TryGetProperty("errors", out _)));
        Assert.Equal(ids, lines.Select(l => l.GetProperty("data").GetProperty("nummeraanduiding").GetProperty("identificatie").GetString()));
        // One query per loader: the address, straat, woonplaats naam, openbare ruimte, its woonplaats,
        // the verblijfsobject, its panden (joined) and their verblijfsobjecten (joined).
        Assert.Equal(8, forOne);
        Assert.Equal(forOne, forHundred);
    }

    [Fact]
    public async Task Panden_of_a_page_of_verblijfsobjecten_are_one_joined_query()
    {
        Server.Sql.Clear();

        var response = await Server.PostAsync("{ verblijfsobjecten(first: 50) { nodes { identificatie panden { identificatie oorspronkelijkBouwjaar } } } }");

        var expected = Bag.Verblijfsobjecten.OrderBy(v => v.Identificatie, StringComparer.Ordinal).Take(50)
            .ToDictionary(v => v.Identificatie, v => v.PandIdentificaties.ToArray());
        foreach (var node in response.Data.GetProperty("verblijfsobjecten").GetProperty("nodes").EnumerateArray())
            Assert.Equal(expected[node.GetProperty("identificatie").GetString()!],
                node.GetProperty("panden").EnumerateArray().Select(p => p.GetProperty("identificatie").GetString()));
        var join = Assert.Single(Server.Sql.SelectsFrom("verblijfsobject_panden"));
        Assert.Contains("JOIN", join);
        Assert.Equal(2, Server.Sql.Commands.Count);
    }

    [Fact]
    public async Task Lookup_reads_only_the_selected_columns()
    {
        Server.Sql.Clear();

        await Server.PostAsync("query($id: String!) { nummeraanduiding(identificatie: $id) { postcode } }",
            new { id = Bag.Nummeraanduidingen.First().Identificatie });

        var sql = Assert.Single(Server.Sql.SelectsFrom("nummeraanduidingen"));
        Assert.Contains("Postcode", sql);
        Assert.DoesNotContain("Huisletter", sql);
        Assert.DoesNotContain("Status", sql);
        Assert.DoesNotContain("OpenbareRuimteIdentificatie", sql);
    }

    [Theory]
    [InlineData("nummeraanduiding", "9999010000000001")] // objecttypecode of a verblijfsobject
    [InlineData("nummeraanduiding", "999920000000001")] // 15 digits
    [InlineData("verblijfsobject", "9999200000000001")]
    [InlineData("verblijfsobject", "99990100000000A1")]
    [InlineData("pand", "99991000000000011")]
    [InlineData("openbareRuimte", "9999100000000001")]
    [InlineData("woonplaats", "99A1")]
    public async Task Invalid_identificatie_is_a_clear_error(string field, string identificatie)
    {
        var response = await Server.PostAsync($"query($id: String!) {{ {field}(identificatie: $id) {{ identificatie }} }}", new { id = identificatie });

        Assert.Equal(200, response.Status);
        Assert.Equal("INVALID_IDENTIFICATIE", response.FirstErrorCode);
        Assert.Contains(identificatie, response.Json.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty(field).ValueKind);
    }

    [Theory]
    [InlineData("0123AB")]
    [InlineData("1234")]
    [InlineData("1234-AB")]
    [InlineData("AB1234")]
    public async Task Invalid_postcode_is_a_clear_error(string postcode)
    {
        var response = await Server.PostAsync(
            "query($postcode: String!) { nummeraanduidingByPostcodeHuisnummer(postcode: $postcode, huisnummer: 1) { identificatie } }", new { postcode });

        Assert.Equal(200, response.Status);
        Assert.Equal("INVALID_POSTCODE", response.FirstErrorCode);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("nummeraanduidingByPostcodeHuisnummer").ValueKind);
    }

    [Fact]
    public async Task Huisnummer_out_of_range_is_an_invalid_argument()
    {
        var response = await Server.PostAsync("{ nummeraanduidingByPostcodeHuisnummer(postcode: \"1234AB\", huisnummer: 0) { identificatie } }");

        Assert.Equal("INVALID_ARGUMENT", response.FirstErrorCode);
    }

    [Fact]
    public async Task Unknown_identificaties_are_null_without_error()
    {
        var response = await Server.PostAsync("""
            {
              nummeraanduiding(identificatie: "0363200000000001") { identificatie }
              verblijfsobject(identificatie: "0363010000000001") { identificatie }
              pand(identificatie: "0363100000000001") { identificatie }
            }
            """);

        Assert.Null(response.FirstErrorCode);
        Assert.All(response.Data.EnumerateObject(), field => Assert.Equal(JsonValueKind.Null, field.Value.ValueKind));
    }
}

public sealed class BagOnSqliteTests(BagOnSqlite fixture) : BagBehaviour(fixture), IClassFixture<BagOnSqlite>;

public sealed class BagOnPostgresTests(BagOnPostgres fixture) : BagBehaviour(fixture), IClassFixture<BagOnPostgres>;
