using System.Text.Json;
using FederatedGraph.Registries.Testing;
using Snapshooter.Xunit;
using Sample = FederatedGraph.Subgraphs.SampleData.Brk;

namespace FederatedGraph.Subgraphs.Brk.Tests;

/// <summary>What the BRK subgraph must do on every database provider. Snapshots are shared, so
/// SQLite and PostgreSQL must give the very same answers.</summary>
public abstract class BrkBehaviour(BrkFixture fixture) : RegistryConventions(fixture)
{
    protected override string ConnectionField => "kadastraleOnroerendeZaken";
    protected override string NodeKeyField => "identificatie";
    protected override int ExpectedTotal => Keys.Zaken.Count;
    protected override string UnfilterableField => "eigenaar";
    protected override (string Lookup, string[] Cycle) Recursion => ("""kadastraalOnroerendeZaak(identificatie: "999900000000001")""", ["zakelijkGerechtigden", "persoon", "eigendommen"]);

    private BrkSampleKeys Keys => new(Municipality);

    /// <summary>Variable batches are capped per HTTP request (Limits:MaxBatchSize), so checks over every key go in chunks.</summary>
    private const int ChunkSize = 400;

    private const string ZaakFields = """
        identificatie
        kadastraleAanduiding { kadastraleGemeente sectie perceelnummer appartementsindex }
        grootte
        zakelijkGerechtigden { aandeel { teller noemer } soortRecht persoon { burgerservicenummer } nietNatuurlijkPersoon { rsin } }
        adressen { identificatie }
        """;

    [Fact]
    public async Task Onroerende_zaak_lookup_returns_the_registered_zaak()
    {
        var appartementsrecht = Keys.SharedAppartementsrecht;
        var perceel = Keys.PerceelOfLegalEntity;

        var response = await Server.PostAsync($$"""
            query($appartementsrecht: String!, $perceel: String!) {
              appartementsrecht: kadastraalOnroerendeZaak(identificatie: $appartementsrecht) { {{ZaakFields}} }
              perceel: kadastraalOnroerendeZaak(identificatie: $perceel) { {{ZaakFields}} }
            }
            """, new { appartementsrecht = appartementsrecht.Identificatie, perceel = perceel.Identificatie });

        Assert.Equal(200, response.Status);
        Assert.Null(response.FirstErrorCode);
        Assert.Equal(Describe(appartementsrecht), Describe(response.Data.GetProperty("appartementsrecht")));
        Assert.Equal(Describe(perceel), Describe(response.Data.GetProperty("perceel")));
        Snapshot.Match(response.Pretty, "Brk_onroerende_zaak_lookup");
    }

    [Fact]
    public async Task Every_zaak_stores_the_gerechtigden_and_addresses_of_its_sample_record_in_three_queries_per_batch()
    {
        foreach (var chunk in Keys.Zaken.Chunk(ChunkSize))
        {
            Server.Sql.Clear();

            var lines = (await Server.PostAsync($"query($id: String!) {{ kadastraalOnroerendeZaak(identificatie: $id) {{ {ZaakFields} }} }}",
                chunk.Select(z => new { id = z.Identificatie }).ToArray(), accept: "application/jsonl")).Lines;

            Assert.Equal(chunk.Select(Describe), lines.Select(l => Describe(l.GetProperty("data").GetProperty("kadastraalOnroerendeZaak"))));
            // One query per loader: the zaken, their gerechtigden, their addresses.
            Assert.Single(Server.Sql.SelectsFrom("onroerende_zaken"));
            Assert.Single(Server.Sql.SelectsFrom("zakelijk_gerechtigden"));
            Assert.Single(Server.Sql.SelectsFrom("onroerende_zaak_adressen"));
            Assert.Equal(3, Server.Sql.Commands.Count);
        }
    }

    [Fact]
    public async Task Eigendommen_of_a_persoon_are_exactly_the_zaken_where_that_bsn_is_gerechtigde()
    {
        var keys = Keys;
        var bsns = keys.Bsns.Concat(keys.BsnsWithoutRights.Take(50)).ToArray();

        await AssertEigendommenAsync("persoon", "burgerservicenummer", bsns,
            bsn => keys.ZakenWhere(g => g.Burgerservicenummer == bsn));
    }

    [Fact]
    public async Task Eigendommen_of_a_niet_natuurlijk_persoon_are_exactly_the_zaken_where_that_rsin_is_gerechtigde()
    {
        var keys = Keys;
        Assert.True(keys.Rsins.Count > 1);

        await AssertEigendommenAsync("nietNatuurlijkPersoon", "rsin", keys.Rsins,
            rsin => keys.ZakenWhere(g => g.Rsin == rsin));
    }

    [Fact]
    public async Task Zaken_at_a_nummeraanduiding_are_exactly_those_with_that_address()
    {
        var keys = Keys;

        foreach (var chunk in keys.Adressen.Chunk(ChunkSize))
        {
            Server.Sql.Clear();

            var lines = (await Server.PostAsync(
                "query($id: String!) { nummeraanduiding(identificatie: $id) { identificatie kadastraleOnroerendeZaken { identificatie adressen { identificatie } } } }",
                chunk.Select(id => new { id }).ToArray(), accept: "application/jsonl")).Lines;

            foreach (var (line, id) in lines.Zip(chunk))
            {
                var nummeraanduiding = line.GetProperty("data").GetProperty("nummeraanduiding");
                Assert.Equal(id, nummeraanduiding.GetProperty("identificatie").GetString());
                var zaken = nummeraanduiding.GetProperty("kadastraleOnroerendeZaken").EnumerateArray().ToList();
                Assert.Equal(keys.Zaken.Where(z => z.NummeraanduidingIdentificaties.Contains(id)).Select(z => z.Identificatie).Order(StringComparer.Ordinal),
                    zaken.Select(z => z.GetProperty("identificatie").GetString()));
                Assert.All(zaken, z => Assert.Contains(id, z.GetProperty("adressen").EnumerateArray().Select(a => a.GetProperty("identificatie").GetString())));
            }
            // The address → zaak join, then the addresses of those zaken.
            var join = Assert.Single(Server.Sql.SelectsFrom("onroerende_zaken"));
            Assert.Contains("JOIN", join);
            Assert.Equal(2, Server.Sql.Commands.Count);
        }
    }

    [Fact]
    public async Task Nested_eigendommen_cost_the_same_queries_for_1_or_100_persons()
    {
        // Co-owners: the second level then has new persons to load, for one person as for a hundred.
        var bsns = Keys.Zaken.Where(z => z.ZakelijkGerechtigden.Count(g => g.Burgerservicenummer is not null) > 1)
            .Select(z => z.ZakelijkGerechtigden[0].Burgerservicenummer!).Distinct().Take(100).ToArray();
        const string query = """
            query($bsn: String!) {
              persoon(burgerservicenummer: $bsn) {
                eigendommen {
                  identificatie
                  zakelijkGerechtigden { aandeel { teller noemer } persoon { burgerservicenummer eigendommen { identificatie grootte } } }
                  adressen { kadastraleOnroerendeZaken { identificatie } }
                }
              }
            }
            """;

        var (_, forOne) = await Server.PostBatchAsync(query, "bsn", bsns.Take(1));
        var (lines, forHundred) = await Server.PostBatchAsync(query, "bsn", bsns);

        Assert.Equal(100, lines.Count);
        Assert.All(lines, line => Assert.False(line.TryGetProperty("errors", out _)));
        Assert.All(lines, line => Assert.NotEmpty(line.GetProperty("data").GetProperty("persoon").GetProperty("eigendommen").EnumerateArray()));
        // One query per loader and level: eigendommen, gerechtigden, the co-owners' eigendommen, addresses, zaken at those addresses.
        Assert.Equal(5, forOne);
        Assert.Equal(forOne, forHundred);
    }

    [Fact]
    public async Task Kadastrale_onroerende_zaken_filter_sort_and_page()
    {
        var response = await Server.PostAsync("""
            {
              kadastraleOnroerendeZaken(
                first: 5
                where: { and: [ { kadastraleAanduiding: { sectie: { eq: "A" } } }, { grootte: { gte: 200 } } ] }
                order: [ { grootte: DESC }, { kadastraleAanduiding: { perceelnummer: ASC } } ]
              ) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage }
                edges { cursor node { identificatie kadastraleAanduiding { kadastraleGemeente sectie perceelnummer appartementsindex } grootte } }
              }
            }
            """);

        var matching = Keys.Zaken.Where(z => z.KadastraleAanduiding.Sectie == "A" && z.Grootte >= 200).ToList();
        var connection = response.Data.GetProperty("kadastraleOnroerendeZaken");
        Assert.Equal(matching.Count, connection.GetProperty("totalCount").GetInt32());
        Assert.Equal(matching.OrderByDescending(z => z.Grootte).ThenBy(z => z.KadastraleAanduiding.Perceelnummer).ThenBy(z => z.Identificatie, StringComparer.Ordinal)
                .Take(5).Select(z => z.Identificatie),
            connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("identificatie").GetString()));
        Snapshot.Match(response.Pretty, "Brk_kadastrale_onroerende_zaken_filtered");
    }

    [Fact]
    public async Task Second_page_of_appartementsrechten_continues_where_the_first_ended()
    {
        const string query = """
            query($after: String) {
              kadastraleOnroerendeZaken(first: 5, after: $after, where: { kadastraleAanduiding: { appartementsindex: { neq: null } } },
                                        order: [{ kadastraleAanduiding: { perceelnummer: DESC } }, { kadastraleAanduiding: { appartementsindex: ASC } }]) {
                totalCount pageInfo { endCursor hasNextPage } nodes { identificatie grootte }
              }
            }
            """;
        var first = (await Server.PostAsync(query, new { after = (string?)null })).Data.GetProperty("kadastraleOnroerendeZaken");
        var second = (await Server.PostAsync(query, new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() }))
            .Data.GetProperty("kadastraleOnroerendeZaken");

        var appartementsrechten = Keys.Zaken.Where(z => z.KadastraleAanduiding.Appartementsindex is not null).ToList();
        var expected = appartementsrechten
            .OrderByDescending(z => z.KadastraleAanduiding.Perceelnummer).ThenBy(z => z.KadastraleAanduiding.Appartementsindex).ThenBy(z => z.Identificatie, StringComparer.Ordinal)
            .Select(z => z.Identificatie).Take(10);
        var nodes = first.GetProperty("nodes").EnumerateArray().Concat(second.GetProperty("nodes").EnumerateArray()).ToList();
        Assert.Equal(expected, nodes.Select(z => z.GetProperty("identificatie").GetString()));
        Assert.All(nodes, z => Assert.Equal(JsonValueKind.Null, z.GetProperty("grootte").ValueKind));
        Assert.Equal(appartementsrechten.Count, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Lookup_reads_only_the_selected_columns()
    {
        var identificatie = Keys.PerceelOfLegalEntity.Identificatie;
        Server.Sql.Clear();

        await Server.PostAsync("query($id: String!) { kadastraalOnroerendeZaak(identificatie: $id) { grootte } }", new { id = identificatie });

        var sql = Assert.Single(Server.Sql.Commands);
        Assert.Contains("Grootte", sql);
        Assert.DoesNotContain("KadastraleGemeente", sql);
        Assert.DoesNotContain("Sectie", sql);
        Assert.DoesNotContain("Appartementsindex", sql);
        // Keys travel as a parameter, so every batch shares one SQL text.
        Assert.DoesNotContain(identificatie, sql);
    }

    [Theory]
    [InlineData("kadastraalOnroerendeZaak", "identificatie", "99990000000001", "INVALID_IDENTIFICATIE")] // 14 digits
    [InlineData("kadastraalOnroerendeZaak", "identificatie", "999920000000001", "INVALID_IDENTIFICATIE")] // neither perceel nor appartementsrecht
    [InlineData("kadastraalOnroerendeZaak", "identificatie", "99990000000000A", "INVALID_IDENTIFICATIE")]
    [InlineData("persoon", "burgerservicenummer", "123456789", "INVALID_BSN")] // fails the 11-proef
    [InlineData("persoon", "burgerservicenummer", "12345678", "INVALID_BSN")]
    [InlineData("nietNatuurlijkPersoon", "rsin", "123456789", "INVALID_RSIN")]
    [InlineData("nietNatuurlijkPersoon", "rsin", "abcdefghi", "INVALID_RSIN")]
    [InlineData("nummeraanduiding", "identificatie", "999920000000001", "INVALID_ARGUMENT")] // 15 digits
    [InlineData("nummeraanduiding", "identificatie", "99992000000000A1", "INVALID_ARGUMENT")]
    public async Task Invalid_key_is_a_clear_error(string field, string argument, string value, string code)
    {
        var response = await Server.PostAsync($"query($key: String!) {{ {field}({argument}: $key) {{ __typename }} }}", new { key = value });

        Assert.Equal(200, response.Status);
        Assert.Equal(code, response.FirstErrorCode);
        Assert.Contains(value, response.Json.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty(field).ValueKind);
    }

    [Fact]
    public async Task Invalid_key_in_a_variable_batch_fails_only_its_own_line()
    {
        var bsns = Keys.Bsns.Take(2).ToArray();

        var lines = (await Server.PostAsync("query($bsn: String!) { persoon(burgerservicenummer: $bsn) { eigendommen { identificatie } } }",
            new[] { new { bsn = bsns[0] }, new { bsn = "123456789" }, new { bsn = bsns[1] } }, accept: "application/jsonl")).Lines;

        Assert.NotEmpty(lines[0].GetProperty("data").GetProperty("persoon").GetProperty("eigendommen").EnumerateArray());
        Assert.Equal("INVALID_BSN", lines[1].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.NotEmpty(lines[2].GetProperty("data").GetProperty("persoon").GetProperty("eigendommen").EnumerateArray());
    }

    [Fact]
    public async Task Unknown_zaak_is_null_and_unknown_owners_and_addresses_hold_nothing()
    {
        var response = await Server.PostAsync("""
            {
              kadastraalOnroerendeZaak(identificatie: "999909999999999") { identificatie }
              persoon(burgerservicenummer: "111222333") { burgerservicenummer eigendommen { identificatie } }
              nietNatuurlijkPersoon(rsin: "111222333") { rsin eigendommen { identificatie } }
              nummeraanduiding(identificatie: "0363200000000001") { identificatie kadastraleOnroerendeZaken { identificatie } }
            }
            """);

        Assert.Null(response.FirstErrorCode);
        var data = response.Data;
        Assert.Equal(JsonValueKind.Null, data.GetProperty("kadastraalOnroerendeZaak").ValueKind);
        // The BRP, HR and BAG own these entities; the BRK only adds that they hold no zaken here.
        Assert.Equal("111222333", data.GetProperty("persoon").GetProperty("burgerservicenummer").GetString());
        Assert.Empty(data.GetProperty("persoon").GetProperty("eigendommen").EnumerateArray());
        Assert.Empty(data.GetProperty("nietNatuurlijkPersoon").GetProperty("eigendommen").EnumerateArray());
        Assert.Empty(data.GetProperty("nummeraanduiding").GetProperty("kadastraleOnroerendeZaken").EnumerateArray());
    }

    /// <summary>Looks up every key in batches and checks its eigendommen; each batch must be one joined SQL query.</summary>
    private async Task AssertEigendommenAsync(string field, string argument, IReadOnlyList<string> keys, Func<string, IEnumerable<string>> expected)
    {
        foreach (var chunk in keys.Chunk(ChunkSize))
        {
            Server.Sql.Clear();

            var lines = (await Server.PostAsync(
                $"query($key: String!) {{ {field}({argument}: $key) {{ {argument} eigendommen {{ identificatie zakelijkGerechtigden {{ persoon {{ burgerservicenummer }} nietNatuurlijkPersoon {{ rsin }} }} }} }} }}",
                chunk.Select(key => new { key }).ToArray(), accept: "application/jsonl")).Lines;

            Assert.Equal(chunk.Length, lines.Count);
            foreach (var (line, key) in lines.Zip(chunk))
            {
                var owner = line.GetProperty("data").GetProperty(field);
                Assert.Equal(key, owner.GetProperty(argument).GetString());
                var eigendommen = owner.GetProperty("eigendommen").EnumerateArray().ToList();
                Assert.Equal(expected(key), eigendommen.Select(z => z.GetProperty("identificatie").GetString()));
                // The way back: the owner is among the gerechtigden of each of its zaken.
                Assert.All(eigendommen, z => Assert.Contains(key, z.GetProperty("zakelijkGerechtigden").EnumerateArray()
                    .Select(g => g.GetProperty(field).ValueKind == JsonValueKind.Null ? null : g.GetProperty(field).GetProperty(argument).GetString())));
            }
            var join = Assert.Single(Server.Sql.SelectsFrom("onroerende_zaken"));
            Assert.Contains("JOIN", join);
            // The join, then the gerechtigden of all those zaken.
            Assert.Equal(2, Server.Sql.Commands.Count);
        }
    }

    /// <summary>A zaak as one comparable line, from the sample record.</summary>
    private static string Describe(Sample.KadastraalOnroerendeZaak zaak)
    {
        var a = zaak.KadastraleAanduiding;
        var gerechtigden = zaak.ZakelijkGerechtigden.Select(g => $"{g.Aandeel.Teller}/{g.Aandeel.Noemer} {g.SoortRecht} bsn={g.Burgerservicenummer} rsin={g.Rsin}");
        return $"{zaak.Identificatie} {a.KadastraleGemeente} {a.Sectie} {a.Perceelnummer} {a.Appartementsindex} {zaak.Grootte} " +
               $"[{string.Join("; ", gerechtigden)}] [{string.Join(" ", zaak.NummeraanduidingIdentificaties.Order(StringComparer.Ordinal))}]";
    }

    /// <summary>A zaak as one comparable line, from the subgraph's answer; fails when a gerechtigde has not exactly one of persoon and nietNatuurlijkPersoon.</summary>
    private static string Describe(JsonElement zaak)
    {
        var a = zaak.GetProperty("kadastraleAanduiding");
        var gerechtigden = zaak.GetProperty("zakelijkGerechtigden").EnumerateArray().Select(g =>
        {
            var persoon = g.GetProperty("persoon");
            var nietNatuurlijkPersoon = g.GetProperty("nietNatuurlijkPersoon");
            Assert.True(persoon.ValueKind == JsonValueKind.Null ^ nietNatuurlijkPersoon.ValueKind == JsonValueKind.Null, "exactly one of persoon and nietNatuurlijkPersoon");
            var bsn = persoon.ValueKind == JsonValueKind.Null ? null : persoon.GetProperty("burgerservicenummer").GetString();
            var rsin = nietNatuurlijkPersoon.ValueKind == JsonValueKind.Null ? null : nietNatuurlijkPersoon.GetProperty("rsin").GetString();
            var aandeel = g.GetProperty("aandeel");
            return $"{aandeel.GetProperty("teller").GetInt32()}/{aandeel.GetProperty("noemer").GetInt32()} {g.GetProperty("soortRecht").GetString()} bsn={bsn} rsin={rsin}";
        });
        var adressen = zaak.GetProperty("adressen").EnumerateArray().Select(n => n.GetProperty("identificatie").GetString());
        return $"{zaak.GetProperty("identificatie").GetString()} {a.GetProperty("kadastraleGemeente").GetString()} {a.GetProperty("sectie").GetString()} " +
               $"{a.GetProperty("perceelnummer").GetInt32()} {Nullable(a.GetProperty("appartementsindex"))} {Nullable(zaak.GetProperty("grootte"))} " +
               $"[{string.Join("; ", gerechtigden)}] [{string.Join(" ", adressen)}]";
    }

    private static int? Nullable(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetInt32();
}

public sealed class BrkOnSqliteTests(BrkOnSqlite fixture) : BrkBehaviour(fixture), IClassFixture<BrkOnSqlite>;

public sealed class BrkOnPostgresTests(BrkOnPostgres fixture) : BrkBehaviour(fixture), IClassFixture<BrkOnPostgres>;
