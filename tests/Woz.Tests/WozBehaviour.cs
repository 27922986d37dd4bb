using System.Text.Json;
using FederatedGraph.Registries.Testing;
using Snapshooter.Xunit;
using Sample = FederatedGraph.Subgraphs.SampleData.Woz;

namespace FederatedGraph.Subgraphs.Woz.Tests;

/// <summary>What the WOZ subgraph must do on every database provider. Snapshots are shared, so
/// SQLite and PostgreSQL must give the very same answers.</summary>
public abstract class WozBehaviour(WozFixture fixture) : RegistryConventions(fixture)
{
    protected override string ConnectionField => "wozObjecten";
    protected override string NodeKeyField => "wozObjectnummer";
    protected override int ExpectedTotal => Objecten.Count;
    protected override string UnfilterableField => "vastgesteldeWaarde";
    protected override (string Lookup, string[] Cycle) Recursion => ("""wozObject(wozObjectnummer: "999900000001")""", ["verblijfsobject", "wozObject"]);

    private IReadOnlyCollection<Sample.WozObject> Objecten => Municipality.Woz.WozObjecten;

    private WozSampleKeys Keys => new(Municipality);

    private const string ObjectWithEverything = """
        query($nummer: String!) {
          wozObject(wozObjectnummer: $nummer) {
            wozObjectnummer
            verblijfsobjectIdentificatie
            waarden { vastgesteldeWaarde waardepeildatum }
            verblijfsobject { identificatie }
            kadastraleOnroerendeZaken { identificatie }
            belanghebbenden {
              soort
              belanghebbende {
                __typename
                ... on Persoon { burgerservicenummer }
                ... on MaatschappelijkeActiviteit { kvkNummer }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task WozObject_lookup_returns_the_registered_object()
    {
        var expected = Keys.WithPersoonAndActiviteit;

        var response = await Server.PostAsync(ObjectWithEverything, new { nummer = expected.WozObjectnummer });

        Assert.Equal(200, response.Status);
        Assert.Null(response.FirstErrorCode);
        AssertMatchesSample(expected, response.Data.GetProperty("wozObject"));
        Snapshot.Match(response.Pretty, "Woz_wozObject_lookup");
    }

    [Fact]
    public async Task Stored_foreign_keys_are_those_of_the_sample_records()
    {
        // Every object of the sample, a page at a time: verblijfsobject, onroerende zaken and belanghebbenden must all match.
        const string query = """
            query($after: String) {
              wozObjecten(first: 50, after: $after) {
                pageInfo { endCursor hasNextPage }
                nodes {
                  wozObjectnummer verblijfsobjectIdentificatie
                  waarden { vastgesteldeWaarde waardepeildatum }
                  verblijfsobject { identificatie }
                  kadastraleOnroerendeZaken { identificatie }
                  belanghebbenden { soort belanghebbende { __typename ... on Persoon { burgerservicenummer } ... on MaatschappelijkeActiviteit { kvkNummer } } }
                }
              }
            }
            """;
        var expected = Objecten.ToDictionary(o => o.WozObjectnummer);
        var seen = 0;
        string? after = null;
        do
        {
            var page = (await Server.PostAsync(query, new { after })).Data.GetProperty("wozObjecten");
            foreach (var node in page.GetProperty("nodes").EnumerateArray())
            {
                AssertMatchesSample(expected[node.GetProperty("wozObjectnummer").GetString()!], node);
                seen++;
            }
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        } while (after is not null);

        Assert.Equal(expected.Count, seen);
        // The sample covers both kinds of belanghebbende and both soorten, so the comparison above tested them all.
        Assert.Contains(Objecten, o => o.Belanghebbenden.Any(b => b.KvkNummer is not null && b.Soort == "eigenaar"));
        Assert.Contains(Objecten, o => o.Belanghebbenden.Any(b => b.Burgerservicenummer is not null && b.Soort == "gebruiker"));
    }

    [Fact]
    public async Task Verblijfsobject_finds_the_woz_object_valuing_exactly_that_verblijfsobject()
    {
        var objecten = Objecten.Skip(200).Take(100).ToArray();
        Server.Sql.Clear();

        var lines = (await Server.PostAsync(
            "query($id: String!) { verblijfsobject(identificatie: $id) { identificatie wozObject { wozObjectnummer verblijfsobject { identificatie } } } }",
            objecten.Select(o => new { id = o.VerblijfsobjectIdentificatie }).ToArray(), accept: "application/jsonl")).Lines;

        Assert.Equal(objecten.Length, lines.Count);
        foreach (var (line, expected) in lines.Zip(objecten))
        {
            var verblijfsobject = line.GetProperty("data").GetProperty("verblijfsobject");
            Assert.Equal(expected.VerblijfsobjectIdentificatie, verblijfsobject.GetProperty("identificatie").GetString());
            var wozObject = verblijfsobject.GetProperty("wozObject");
            Assert.Equal(expected.WozObjectnummer, wozObject.GetProperty("wozObjectnummer").GetString());
            Assert.Equal(expected.VerblijfsobjectIdentificatie, wozObject.GetProperty("verblijfsobject").GetProperty("identificatie").GetString());
        }
        Assert.Single(Server.Sql.Commands);
    }

    [Fact]
    public async Task Woz_waarde_per_vierkante_meter_divides_the_newest_value_by_the_bag_oppervlakte_in_one_query()
    {
        var objecten = Objecten.Skip(400).Take(100).ToArray();
        var variables = objecten.Select(o => new { id = o.VerblijfsobjectIdentificatie, oppervlakte = Keys.OppervlakteVan(o.VerblijfsobjectIdentificatie) }).ToArray();
        Server.Sql.Clear();

        var lines = (await Server.PostAsync(
            "query($id: String!, $oppervlakte: Int!) { verblijfsobject(identificatie: $id) { wozWaardePerVierkanteMeter(oppervlakte: $oppervlakte) } }",
            variables, accept: "application/jsonl")).Lines;

        Assert.Equal(objecten.Length, lines.Count);
        foreach (var (line, (wozObject, given)) in lines.Zip(objecten.Zip(variables)))
        {
            var expected = (int)Math.Round((decimal)WozSampleKeys.NieuwsteWaarde(wozObject) / given.oppervlakte, MidpointRounding.AwayFromZero);
            Assert.Equal(expected, line.GetProperty("data").GetProperty("verblijfsobject").GetProperty("wozWaardePerVierkanteMeter").GetInt32());
        }
        var sql = Assert.Single(Server.Sql.Commands);
        Assert.Contains("woz_waarden", sql);
        // Keys travel as a parameter, so every batch shares one SQL text.
        Assert.DoesNotContain(objecten[0].VerblijfsobjectIdentificatie, sql);
    }

    [Fact]
    public async Task Woz_waarde_per_vierkante_meter_is_null_without_an_area_or_a_woz_object()
    {
        var known = Objecten.First().VerblijfsobjectIdentificatie;

        var response = await Server.PostAsync("""
            query($known: String!) {
              zonderOppervlakte: verblijfsobject(identificatie: $known) { wozWaardePerVierkanteMeter(oppervlakte: 0) }
              zonderWozObject: verblijfsobject(identificatie: "0363010000000001") { identificatie wozObject { wozObjectnummer } wozWaardePerVierkanteMeter(oppervlakte: 80) }
            }
            """, new { known });

        Assert.Null(response.FirstErrorCode);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("zonderOppervlakte").GetProperty("wozWaardePerVierkanteMeter").ValueKind);
        // An unknown verblijfsobject still gets its (empty) WOZ side: whether it exists is for the BAG to say.
        var zonderWozObject = response.Data.GetProperty("zonderWozObject");
        Assert.Equal("0363010000000001", zonderWozObject.GetProperty("identificatie").GetString());
        Assert.Equal(JsonValueKind.Null, zonderWozObject.GetProperty("wozObject").ValueKind);
        Assert.Equal(JsonValueKind.Null, zonderWozObject.GetProperty("wozWaardePerVierkanteMeter").ValueKind);
    }

    [Fact]
    public async Task Negative_oppervlakte_is_an_invalid_argument()
    {
        var response = await Server.PostAsync("query($id: String!) { verblijfsobject(identificatie: $id) { wozWaardePerVierkanteMeter(oppervlakte: -5) } }",
            new { id = Objecten.First().VerblijfsobjectIdentificatie });

        Assert.Equal(200, response.Status);
        Assert.Equal("INVALID_ARGUMENT", response.FirstErrorCode);
        Assert.Contains("-5", response.Json.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("verblijfsobject").GetProperty("wozWaardePerVierkanteMeter").ValueKind);
    }

    [Fact]
    public async Task WozObjecten_filters_sorts_and_pages()
    {
        var verblijfsobjecten = Objecten.Skip(10).Take(12).Select(o => o.VerblijfsobjectIdentificatie).ToArray();

        var response = await Server.PostAsync("""
            query($verblijfsobjecten: [String]) {
              wozObjecten(
                first: 4
                where: { or: [ { verblijfsobjectIdentificatie: { in: $verblijfsobjecten } }, { wozObjectnummer: { endsWith: "0007" } } ] }
                order: [ { wozObjectnummer: DESC } ]
              ) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage }
                edges { cursor node { wozObjectnummer verblijfsobjectIdentificatie waarden { vastgesteldeWaarde waardepeildatum } } }
              }
            }
            """, new { verblijfsobjecten });

        var expected = Objecten.Where(o => verblijfsobjecten.Contains(o.VerblijfsobjectIdentificatie) || o.WozObjectnummer.EndsWith("0007", StringComparison.Ordinal))
            .Select(o => o.WozObjectnummer).OrderDescending(StringComparer.Ordinal).ToArray();
        var connection = response.Data.GetProperty("wozObjecten");
        Assert.Equal(expected.Length, connection.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected.Take(4), connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("wozObjectnummer").GetString()));
        Snapshot.Match(response.Pretty, "Woz_wozObjecten_filtered");
    }

    [Fact]
    public async Task Second_page_continues_where_the_first_ended()
    {
        const string query = """
            query($after: String) {
              wozObjecten(first: 5, after: $after, order: [{ verblijfsobjectIdentificatie: DESC }]) {
                totalCount pageInfo { endCursor hasNextPage } nodes { verblijfsobjectIdentificatie }
              }
            }
            """;
        var first = (await Server.PostAsync(query, new { after = (string?)null })).Data.GetProperty("wozObjecten");
        var second = (await Server.PostAsync(query, new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).Data.GetProperty("wozObjecten");

        var expected = Objecten.Select(o => o.VerblijfsobjectIdentificatie).OrderDescending(StringComparer.Ordinal).Take(10);
        var actual = first.GetProperty("nodes").EnumerateArray().Concat(second.GetProperty("nodes").EnumerateArray())
            .Select(o => o.GetProperty("verblijfsobjectIdentificatie").GetString());
        Assert.Equal(expected, actual);
        Assert.Equal(Objecten.Count, first.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Variable_batch_of_100_wozObject_lookups_is_one_sql_query()
    {
        var nummers = Objecten.Skip(100).Take(100).Select(o => o.WozObjectnummer).ToArray();
        Server.Sql.Clear();

        var lines = (await Server.PostAsync("query($nummer: String!) { wozObject(wozObjectnummer: $nummer) { wozObjectnummer verblijfsobjectIdentificatie } }",
            nummers.Select(nummer => new { nummer }).ToArray(), accept: "application/jsonl")).Lines;

        Assert.Equal(nummers, lines.Select(l => l.GetProperty("data").GetProperty("wozObject").GetProperty("wozObjectnummer").GetString()));
        Assert.Single(Server.Sql.Commands);
    }

    [Fact]
    public async Task Nested_lists_of_a_batch_cost_the_same_queries_for_1_or_100_objects()
    {
        var nummers = Objecten.Skip(300).Take(100).Select(o => o.WozObjectnummer).ToArray();

        var (_, forOne) = await Server.PostBatchAsync(ObjectWithEverything, "nummer", nummers.Take(1));
        var (lines, forHundred) = await Server.PostBatchAsync(ObjectWithEverything, "nummer", nummers);

        Assert.All(lines, line => Assert.False(line.TryGetProperty("errors", out _)));
        Assert.Equal(nummers, lines.Select(l => l.GetProperty("data").GetProperty("wozObject").GetProperty("wozObjectnummer").GetString()));
        // One query per loader: the objects, their waarden, their onroerende zaken and their belanghebbenden.
        Assert.Equal(4, forOne);
        Assert.Equal(forOne, forHundred);
    }

    [Fact]
    public async Task Repeated_keys_in_a_variable_batch_are_each_answered()
    {
        var nummers = Objecten.Take(3).Select(o => o.WozObjectnummer).ToArray();
        var repeated = Enumerable.Range(0, 30).Select(i => nummers[i % nummers.Length]).ToArray();
        Server.Sql.Clear();

        var lines = (await Server.PostAsync("query($nummer: String!) { wozObject(wozObjectnummer: $nummer) { wozObjectnummer waarden { vastgesteldeWaarde } } }",
            repeated.Select(nummer => new { nummer }).ToArray(), accept: "application/jsonl")).Lines;

        Assert.Equal(repeated, lines.Select(l => l.GetProperty("data").GetProperty("wozObject").GetProperty("wozObjectnummer").GetString()));
        Assert.Single(Server.Sql.SelectsFrom("woz_objecten"));
        Assert.Single(Server.Sql.SelectsFrom("woz_waarden"));
    }

    [Fact]
    public async Task Lookup_reads_only_the_selected_columns()
    {
        var wozObject = Objecten.First();
        Server.Sql.Clear();

        await Server.PostAsync("""
            query($nummer: String!) { wozObject(wozObjectnummer: $nummer) { wozObjectnummer waarden { vastgesteldeWaarde } belanghebbenden { belanghebbende { __typename } } } }
            """, new { nummer = wozObject.WozObjectnummer });

        var objecten = Assert.Single(Server.Sql.SelectsFrom("woz_objecten"));
        Assert.DoesNotContain("VerblijfsobjectIdentificatie", objecten);
        // Keys travel as a parameter, so every batch shares one SQL text.
        Assert.DoesNotContain(wozObject.WozObjectnummer, objecten);
        var waarden = SelectList(Assert.Single(Server.Sql.SelectsFrom("woz_waarden")));
        Assert.Contains("VastgesteldeWaarde", waarden);
        Assert.DoesNotContain("Waardepeildatum", waarden);
        var belanghebbenden = SelectList(Assert.Single(Server.Sql.SelectsFrom("woz_belanghebbenden")));
        Assert.Contains("Burgerservicenummer", belanghebbenden);
        Assert.Contains("KvkNummer", belanghebbenden);
        Assert.DoesNotContain("Soort", belanghebbenden);
    }

    /// <summary>The columns a SELECT reads: ordering by a column does not load it.</summary>
    private static string SelectList(string sql) => sql[..sql.IndexOf("FROM", StringComparison.Ordinal)];

    [Theory]
    [InlineData("99990000001")] // 11 digits
    [InlineData("9999000000011")] // 13 digits
    [InlineData("99990000000A")]
    [InlineData("")]
    public async Task Invalid_wozObjectnummer_is_a_clear_error(string nummer)
    {
        var response = await Server.PostAsync("query($nummer: String!) { wozObject(wozObjectnummer: $nummer) { wozObjectnummer } }", new { nummer });

        Assert.Equal(200, response.Status);
        Assert.Equal("INVALID_WOZ_OBJECTNUMMER", response.FirstErrorCode);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("wozObject").ValueKind);
    }

    [Theory]
    [InlineData("999901000000001")] // 15 digits
    [InlineData("99990100000000011")] // 17 digits
    [InlineData("99990100000000A1")]
    public async Task Invalid_verblijfsobject_identificatie_is_an_invalid_argument(string identificatie)
    {
        var response = await Server.PostAsync("query($id: String!) { verblijfsobject(identificatie: $id) { wozObject { wozObjectnummer } } }", new { id = identificatie });

        Assert.Equal(200, response.Status);
        Assert.Equal("INVALID_ARGUMENT", response.FirstErrorCode);
        Assert.Contains(identificatie, response.Json.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("verblijfsobject").ValueKind);
    }

    [Fact]
    public async Task Unknown_wozObjectnummer_is_null_without_error()
    {
        var response = await Server.PostAsync("{ wozObject(wozObjectnummer: \"036300000001\") { wozObjectnummer } }");

        Assert.Null(response.FirstErrorCode);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("wozObject").ValueKind);
    }

    /// <summary>A WOZ object as served, compared field by field with the sample record it was seeded from.</summary>
    private static void AssertMatchesSample(Sample.WozObject expected, JsonElement actual)
    {
        Assert.Equal(expected.WozObjectnummer, actual.GetProperty("wozObjectnummer").GetString());
        Assert.Equal(expected.VerblijfsobjectIdentificatie, actual.GetProperty("verblijfsobjectIdentificatie").GetString());
        Assert.Equal(expected.VerblijfsobjectIdentificatie, actual.GetProperty("verblijfsobject").GetProperty("identificatie").GetString());
        Assert.Equal(expected.Waarden.OrderByDescending(w => w.Waardepeildatum).Select(w => (w.VastgesteldeWaarde, w.Waardepeildatum.ToString("yyyy-MM-dd"))),
            actual.GetProperty("waarden").EnumerateArray().Select(w => (w.GetProperty("vastgesteldeWaarde").GetInt32(), w.GetProperty("waardepeildatum").GetString()!)));
        Assert.Equal(expected.KadastraleOnroerendeZaakIdentificaties.Order(StringComparer.Ordinal),
            actual.GetProperty("kadastraleOnroerendeZaken").EnumerateArray().Select(z => z.GetProperty("identificatie").GetString()));
        Assert.Equal(expected.Belanghebbenden.Select(Describe), actual.GetProperty("belanghebbenden").EnumerateArray().Select(Describe));
    }

    private static string Describe(Sample.WozBelanghebbende b)
        => b.Burgerservicenummer is { } bsn ? $"{b.Soort} Persoon {bsn}" : $"{b.Soort} MaatschappelijkeActiviteit {b.KvkNummer}";

    private static string Describe(JsonElement b)
    {
        var belanghebbende = b.GetProperty("belanghebbende");
        var type = belanghebbende.GetProperty("__typename").GetString();
        var key = type == "Persoon" ? belanghebbende.GetProperty("burgerservicenummer").GetString() : belanghebbende.GetProperty("kvkNummer").GetString();
        return $"{b.GetProperty("soort").GetString()} {type} {key}";
    }
}

public sealed class WozOnSqliteTests(WozOnSqlite fixture) : WozBehaviour(fixture), IClassFixture<WozOnSqlite>;

public sealed class WozOnPostgresTests(WozOnPostgres fixture) : WozBehaviour(fixture), IClassFixture<WozOnPostgres>;
