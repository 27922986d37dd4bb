using System.Text.Json;
using FederatedGraph.Registries.Testing;
using Snapshooter.Xunit;
using Sample = FederatedGraph.Subgraphs.SampleData.Hr;

namespace FederatedGraph.Subgraphs.Hr.Tests;

/// <summary>What the HR subgraph must do on every database provider. Snapshots are shared, so
/// SQLite and PostgreSQL must give the very same answers.</summary>
public abstract class HrBehaviour(HrFixture fixture) : RegistryConventions(fixture)
{
    protected override string ConnectionField => "maatschappelijkeActiviteiten";
    protected override string NodeKeyField => "kvkNummer";
    protected override int ExpectedTotal => Hr.MaatschappelijkeActiviteiten.Count;
    protected override string UnfilterableField => "eigenaar";
    protected override (string Lookup, string[] Cycle) Recursion => ("""maatschappelijkeActiviteit(kvkNummer: "12345678")""", ["vestigingen", "maatschappelijkeActiviteit"]);

    private Sample.HrData Hr => Municipality.Hr;

    private HrSampleKeys Keys => new(Municipality);

    private const string BusinessWithOwner = """
        query($kvk: String!) {
          maatschappelijkeActiviteit(kvkNummer: $kvk) {
            kvkNummer naam rechtsvorm startdatum
            eigenaar {
              __typename
              ... on Persoon { burgerservicenummer ondernemingen { kvkNummer } }
              ... on NietNatuurlijkPersoon { rsin statutaireNaam ondernemingen { kvkNummer } }
            }
            vestigingen { vestigingsnummer handelsnamen bezoekadres { identificatie } }
          }
        }
        """;

    [Fact]
    public async Task Eenmanszaak_lookup_returns_the_business_and_its_owner_bsn()
    {
        var eenmanszaak = Keys.Eenmanszaak;

        var response = await Server.PostAsync(BusinessWithOwner, new { kvk = eenmanszaak.KvkNummer });

        Assert.Equal(200, response.Status);
        var found = response.Data.GetProperty("maatschappelijkeActiviteit");
        var eigenaar = found.GetProperty("eigenaar");
        Assert.Equal("Persoon", eigenaar.GetProperty("__typename").GetString());
        Assert.Equal(HrSampleKeys.Bsn(eenmanszaak), eigenaar.GetProperty("burgerservicenummer").GetString());
        Assert.Equal(Keys.VestigingVan(eenmanszaak).BezoekadresNummeraanduidingIdentificatie,
            found.GetProperty("vestigingen")[0].GetProperty("bezoekadres").GetProperty("identificatie").GetString());
        Snapshot.Match(response.Pretty, "Hr_eenmanszaak_lookup");
    }

    [Fact]
    public async Task Business_of_a_legal_entity_has_that_entity_as_owner()
    {
        var activiteit = Keys.VanRechtspersoon;
        var rechtspersoon = HrSampleKeys.Rechtspersoon(activiteit);

        var response = await Server.PostAsync(BusinessWithOwner, new { kvk = activiteit.KvkNummer });

        var found = response.Data.GetProperty("maatschappelijkeActiviteit");
        Assert.Equal(activiteit.Naam, found.GetProperty("naam").GetString());
        Assert.Equal(activiteit.Rechtsvorm, found.GetProperty("rechtsvorm").GetString());
        Assert.Equal(activiteit.Startdatum.ToString("yyyy-MM-dd"), found.GetProperty("startdatum").GetString());
        var eigenaar = found.GetProperty("eigenaar");
        Assert.Equal("NietNatuurlijkPersoon", eigenaar.GetProperty("__typename").GetString());
        Assert.Equal(rechtspersoon.Rsin, eigenaar.GetProperty("rsin").GetString());
        Assert.Equal(rechtspersoon.StatutaireNaam, eigenaar.GetProperty("statutaireNaam").GetString());
        Assert.Contains(activiteit.KvkNummer, eigenaar.GetProperty("ondernemingen").EnumerateArray().Select(o => o.GetProperty("kvkNummer").GetString()));
    }

    [Fact]
    public async Task Niet_natuurlijk_persoon_lookup_returns_exactly_the_businesses_it_owns()
    {
        var rechtspersonen = Hr.MaatschappelijkeActiviteiten.Select(a => a.Eigenaar).OfType<Sample.NietNatuurlijkPersoon>().Take(20).ToArray();
        Server.Sql.Clear();

        var lines = (await Server.PostAsync(
            "query($rsin: String!) { nietNatuurlijkPersoon(rsin: $rsin) { rsin statutaireNaam ondernemingen { kvkNummer } } }",
            rechtspersonen.Select(r => new { rsin = r.Rsin }).ToArray(), accept: "application/jsonl")).Lines;

        foreach (var (line, rechtspersoon) in lines.Zip(rechtspersonen))
        {
            var found = line.GetProperty("data").GetProperty("nietNatuurlijkPersoon");
            Assert.Equal(rechtspersoon.StatutaireNaam, found.GetProperty("statutaireNaam").GetString());
            var expected = Hr.MaatschappelijkeActiviteiten.Where(a => a.Eigenaar is Sample.NietNatuurlijkPersoon n && n.Rsin == rechtspersoon.Rsin)
                .Select(a => a.KvkNummer).Order(StringComparer.Ordinal);
            Assert.Equal(expected, found.GetProperty("ondernemingen").EnumerateArray().Select(o => o.GetProperty("kvkNummer").GetString()));
        }
        Assert.Single(Server.Sql.SelectsFrom("niet_natuurlijke_personen"));
        Assert.Single(Server.Sql.SelectsFrom("maatschappelijke_activiteiten"));
    }

    [Fact]
    public async Task Vestiging_lookup_returns_its_activities_address_and_business()
    {
        var vestiging = Keys.MetNevenactiviteiten;

        var response = await Server.PostAsync("""
            query($nummer: String!) {
              vestiging(vestigingsnummer: $nummer) {
                vestigingsnummer kvkNummer handelsnamen bezoekadresIdentificatie
                sbiActiviteiten { sbiCode sbiOmschrijving indHoofdactiviteit }
                bezoekadres { identificatie }
                maatschappelijkeActiviteit { kvkNummer naam vestigingen { vestigingsnummer } }
              }
            }
            """, new { nummer = vestiging.Vestigingsnummer });

        var found = response.Data.GetProperty("vestiging");
        Assert.Equal(vestiging.Handelsnamen, found.GetProperty("handelsnamen").EnumerateArray().Select(h => h.GetString()));
        var expectedActiviteiten = vestiging.SbiActiviteiten.OrderByDescending(s => s.IndHoofdactiviteit).ThenBy(s => s.SbiCode, StringComparer.Ordinal);
        Assert.Equal(expectedActiviteiten, found.GetProperty("sbiActiviteiten").EnumerateArray().Select(s => new Sample.SbiActiviteit(
            s.GetProperty("sbiCode").GetString()!, s.GetProperty("sbiOmschrijving").GetString()!, s.GetProperty("indHoofdactiviteit").GetBoolean())));
        Assert.Equal(vestiging.BezoekadresNummeraanduidingIdentificatie, found.GetProperty("bezoekadres").GetProperty("identificatie").GetString());
        Assert.Equal(vestiging.BezoekadresNummeraanduidingIdentificatie, found.GetProperty("bezoekadresIdentificatie").GetString());
        Assert.Equal(vestiging.KvkNummer, found.GetProperty("maatschappelijkeActiviteit").GetProperty("kvkNummer").GetString());
        Assert.Contains(vestiging.Vestigingsnummer, found.GetProperty("maatschappelijkeActiviteit").GetProperty("vestigingen").EnumerateArray()
            .Select(v => v.GetProperty("vestigingsnummer").GetString()));
        Snapshot.Match(response.Pretty, "Hr_vestiging_lookup");
    }

    [Fact]
    public async Task Persoon_ondernemingen_are_exactly_the_businesses_with_that_owner_bsn_in_one_sql_query()
    {
        var eigenaars = Hr.MaatschappelijkeActiviteiten.Select(a => a.Eigenaar).OfType<Sample.NatuurlijkPersoon>().Take(30).Select(p => p.Burgerservicenummer);
        var zonderOnderneming = Municipality.Brp.Personen.Select(p => p.Burgerservicenummer).First(bsn => !Keys.OndernemingenVanPersoon(bsn).Any());
        var bsns = eigenaars.Append(zonderOnderneming).ToArray();
        Server.Sql.Clear();

        var lines = (await Server.PostAsync(
            "query($bsn: String!) { persoon(burgerservicenummer: $bsn) { burgerservicenummer ondernemingen { kvkNummer rechtsvorm eigenaar { ... on Persoon { burgerservicenummer } } } } }",
            bsns.Select(bsn => new { bsn }).ToArray(), accept: "application/jsonl")).Lines;

        Assert.Equal(bsns.Length, lines.Count);
        foreach (var (line, bsn) in lines.Zip(bsns))
        {
            var persoon = line.GetProperty("data").GetProperty("persoon");
            Assert.Equal(bsn, persoon.GetProperty("burgerservicenummer").GetString());
            var ondernemingen = persoon.GetProperty("ondernemingen").EnumerateArray().ToList();
            Assert.Equal(Keys.OndernemingenVanPersoon(bsn), ondernemingen.Select(o => o.GetProperty("kvkNummer").GetString()));
            Assert.All(ondernemingen, o =>
            {
                Assert.Equal(Sample.Rechtsvormen.Eenmanszaak, o.GetProperty("rechtsvorm").GetString());
                Assert.Equal(bsn, o.GetProperty("eigenaar").GetProperty("burgerservicenummer").GetString());
            });
        }
        Assert.Single(Server.Sql.SelectsFrom("maatschappelijke_activiteiten"));
        Assert.Single(Server.Sql.Commands);
    }

    [Fact]
    public async Task Nummeraanduiding_vestigingen_are_exactly_those_with_that_bezoekadres_in_one_sql_query()
    {
        var bezoekadressen = Hr.Vestigingen.Skip(10).Take(30).Select(v => v.BezoekadresNummeraanduidingIdentificatie);
        var zonderVestiging = Municipality.Bag.Nummeraanduidingen.Select(n => n.Identificatie).First(id => !Keys.VestigingenOpAdres(id).Any());
        var ids = bezoekadressen.Append(zonderVestiging).ToArray();
        Server.Sql.Clear();

        var lines = (await Server.PostAsync(
            "query($id: String!) { nummeraanduiding(identificatie: $id) { identificatie vestigingen { vestigingsnummer bezoekadres { identificatie } } } }",
            ids.Select(id => new { id }).ToArray(), accept: "application/jsonl")).Lines;

        Assert.Equal(ids.Length, lines.Count);
        foreach (var (line, id) in lines.Zip(ids))
        {
            var vestigingen = line.GetProperty("data").GetProperty("nummeraanduiding").GetProperty("vestigingen").EnumerateArray().ToList();
            Assert.Equal(Keys.VestigingenOpAdres(id), vestigingen.Select(v => v.GetProperty("vestigingsnummer").GetString()));
            Assert.All(vestigingen, v => Assert.Equal(id, v.GetProperty("bezoekadres").GetProperty("identificatie").GetString()));
        }
        Assert.Empty(Keys.VestigingenOpAdres(zonderVestiging));
        Assert.Single(Server.Sql.SelectsFrom("vestigingen"));
        Assert.Single(Server.Sql.Commands);
    }

    [Fact]
    public async Task Variable_batch_of_100_kvk_lookups_is_one_sql_query()
    {
        var kvkNummers = Hr.MaatschappelijkeActiviteiten.Skip(50).Take(100).Select(a => a.KvkNummer).ToArray();
        Server.Sql.Clear();

        var lines = (await Server.PostAsync(
            "query($kvk: String!) { maatschappelijkeActiviteit(kvkNummer: $kvk) { kvkNummer naam } }",
            kvkNummers.Select(kvk => new { kvk }).ToArray(), accept: "application/jsonl")).Lines;

        Assert.Equal(100, lines.Count);
        Assert.Equal(kvkNummers, lines.Select(l => l.GetProperty("data").GetProperty("maatschappelijkeActiviteit").GetProperty("kvkNummer").GetString()));
        Assert.Single(Server.Sql.Commands);
    }

    [Fact]
    public async Task Variable_batches_of_vestiging_and_rsin_lookups_are_one_sql_query_each()
    {
        var vestigingsnummers = Hr.Vestigingen.Take(100).Select(v => v.Vestigingsnummer).ToArray();
        var rsins = Hr.MaatschappelijkeActiviteiten.Select(a => a.Eigenaar).OfType<Sample.NietNatuurlijkPersoon>().Take(50).Select(n => n.Rsin).ToArray();
        Server.Sql.Clear();

        var vestigingLines = (await Server.PostAsync("query($nummer: String!) { vestiging(vestigingsnummer: $nummer) { vestigingsnummer } }",
            vestigingsnummers.Select(nummer => new { nummer }).ToArray(), accept: "application/jsonl")).Lines;
        var rsinLines = (await Server.PostAsync("query($rsin: String!) { nietNatuurlijkPersoon(rsin: $rsin) { rsin } }",
            rsins.Select(rsin => new { rsin }).ToArray(), accept: "application/jsonl")).Lines;

        Assert.Equal(vestigingsnummers, vestigingLines.Select(l => l.GetProperty("data").GetProperty("vestiging").GetProperty("vestigingsnummer").GetString()));
        Assert.Equal(rsins, rsinLines.Select(l => l.GetProperty("data").GetProperty("nietNatuurlijkPersoon").GetProperty("rsin").GetString()));
        Assert.Equal(2, Server.Sql.Commands.Count);
    }

    [Fact]
    public async Task Nested_objects_of_a_batch_cost_the_same_queries_for_2_or_100_vestigingen()
    {
        const string query = """
            query($nummer: String!) {
              vestiging(vestigingsnummer: $nummer) {
                vestigingsnummer
                sbiActiviteiten { sbiCode }
                bezoekadres { identificatie }
                maatschappelijkeActiviteit {
                  naam
                  vestigingen { vestigingsnummer }
                  eigenaar {
                    ... on Persoon { ondernemingen { kvkNummer } }
                    ... on NietNatuurlijkPersoon { statutaireNaam ondernemingen { kvkNummer } }
                  }
                }
              }
            }
            """;
        // One vestiging of each kind of owner, so both sides of the union are loaded.
        var twee = new[] { Keys.VestigingVan(Keys.Eenmanszaak), Keys.VestigingVan(Keys.VanRechtspersoon) }.Select(v => v.Vestigingsnummer).ToArray();
        var honderd = Hr.Vestigingen.Skip(50).Take(100).Select(v => v.Vestigingsnummer).ToArray();

        var (_, forTwo) = await Server.PostBatchAsync(query, "nummer", twee);
        var (lines, forHundred) = await Server.PostBatchAsync(query, "nummer", honderd);

        Assert.All(lines, line => Assert.False(line.TryGetProperty("errors", out _)));
        Assert.Equal(honderd, lines.Select(l => l.GetProperty("data").GetProperty("vestiging").GetProperty("vestigingsnummer").GetString()));
        // One query per loader: the vestigingen, their SBI activities, their businesses, the businesses' vestigingen,
        // the owning legal entities, and the ondernemingen of persons and of legal entities.
        Assert.Equal(7, forTwo);
        Assert.Equal(forTwo, forHundred);
    }

    [Fact]
    public async Task Eigenaar_of_a_page_reads_only_the_selected_columns_of_legal_entities()
    {
        const string query = """
            query($naam: Boolean!) {
              maatschappelijkeActiviteiten(first: 50) {
                nodes { kvkNummer eigenaar { __typename ... on NietNatuurlijkPersoon { rsin statutaireNaam @include(if: $naam) } } }
              }
            }
            """;
        Server.Sql.Clear();
        var withName = await Server.PostAsync(query, new { naam = true });
        var withNameSql = Assert.Single(Server.Sql.SelectsFrom("niet_natuurlijke_personen"));
        Server.Sql.Clear();
        await Server.PostAsync(query, new { naam = false });
        var withoutNameSql = Assert.Single(Server.Sql.SelectsFrom("niet_natuurlijke_personen"));

        var expected = Hr.MaatschappelijkeActiviteiten.OrderBy(a => a.KvkNummer, StringComparer.Ordinal).Take(50).ToDictionary(a => a.KvkNummer);
        var nodes = withName.Data.GetProperty("maatschappelijkeActiviteiten").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(expected.Keys, nodes.Select(n => n.GetProperty("kvkNummer").GetString()!));
        Assert.Contains(nodes, n => n.GetProperty("eigenaar").GetProperty("__typename").GetString() == "Persoon");
        foreach (var node in nodes)
        {
            var eigenaar = node.GetProperty("eigenaar");
            if (expected[node.GetProperty("kvkNummer").GetString()!].Eigenaar is Sample.NietNatuurlijkPersoon rechtspersoon)
                Assert.Equal(rechtspersoon.StatutaireNaam, eigenaar.GetProperty("statutaireNaam").GetString());
            else
                Assert.Equal("Persoon", eigenaar.GetProperty("__typename").GetString());
        }
        Assert.Contains("StatutaireNaam", withNameSql);
        Assert.DoesNotContain("StatutaireNaam", withoutNameSql);
        // Keys travel as a parameter, so every batch shares one SQL text.
        Assert.DoesNotContain(HrSampleKeys.Rechtspersoon(Keys.VanRechtspersoon).Rsin, withNameSql);
    }

    [Fact]
    public async Task Lookup_reads_only_the_selected_columns()
    {
        var kvk = Keys.Eenmanszaak.KvkNummer;
        Server.Sql.Clear();

        await Server.PostAsync("query($kvk: String!) { maatschappelijkeActiviteit(kvkNummer: $kvk) { naam } }", new { kvk });

        var sql = Assert.Single(Server.Sql.SelectsFrom("maatschappelijke_activiteiten"));
        Assert.Contains("Naam", sql);
        Assert.DoesNotContain("Rechtsvorm", sql);
        Assert.DoesNotContain("Startdatum", sql);
        Assert.DoesNotContain("EigenaarRsin", sql);
        // The owner's BSN, whatever is selected: an eenmanszaak's data is its owner's, and the processing log names them.
        Assert.Contains("EigenaarBurgerservicenummer", sql);
        Assert.DoesNotContain(kvk, sql);
    }

    [Fact]
    public async Task Maatschappelijke_activiteiten_filter_sort_and_page()
    {
        var vanaf = new DateOnly(2010, 1, 1);

        var response = await Server.PostAsync("""
            query($vanaf: DateOnly!) {
              maatschappelijkeActiviteiten(
                first: 4
                where: { and: [ { rechtsvorm: { eq: "Besloten Vennootschap" } }, { startdatum: { gte: $vanaf } } ] }
                order: [ { startdatum: DESC } ]
              ) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage }
                edges { cursor node { kvkNummer naam rechtsvorm startdatum } }
              }
            }
            """, new { vanaf = "2010-01-01" });

        var expected = Hr.MaatschappelijkeActiviteiten.Where(a => a.Rechtsvorm == Sample.Rechtsvormen.BeslotenVennootschap && a.Startdatum >= vanaf)
            .OrderByDescending(a => a.Startdatum).ThenBy(a => a.KvkNummer, StringComparer.Ordinal).ToList();
        var connection = response.Data.GetProperty("maatschappelijkeActiviteiten");
        Assert.Equal(expected.Count, connection.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected.Take(4).Select(a => a.KvkNummer),
            connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("kvkNummer").GetString()));
        Snapshot.Match(response.Pretty, "Hr_maatschappelijke_activiteiten_filtered");
    }

    [Fact]
    public async Task Naam_filter_and_second_page_continue_where_the_first_ended()
    {
        const string query = """
            query($after: String) {
              maatschappelijkeActiviteiten(first: 5, after: $after, where: { naam: { contains: "Transport" } }, order: [{ kvkNummer: ASC }]) {
                totalCount pageInfo { endCursor hasNextPage } nodes { kvkNummer naam }
              }
            }
            """;
        var first = (await Server.PostAsync(query, new { after = (string?)null })).Data.GetProperty("maatschappelijkeActiviteiten");
        var second = (await Server.PostAsync(query, new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() }))
            .Data.GetProperty("maatschappelijkeActiviteiten");

        var matching = Hr.MaatschappelijkeActiviteiten.Where(a => a.Naam.Contains("Transport", StringComparison.Ordinal))
            .Select(a => a.KvkNummer).Order(StringComparer.Ordinal).ToList();
        Assert.True(matching.Count > 5, "the sample should have more than one page of transport businesses");
        var actual = first.GetProperty("nodes").EnumerateArray().Concat(second.GetProperty("nodes").EnumerateArray())
            .Select(a => a.GetProperty("kvkNummer").GetString());
        Assert.Equal(matching.Take(10), actual);
        Assert.Equal(matching.Count, first.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Vestigingen_filter_on_kvk_nummer_and_bezoekadres()
    {
        var vestigingen = Hr.Vestigingen.Skip(5).Take(3).ToArray();
        var kvkNummers = vestigingen.Select(v => v.KvkNummer).ToArray();
        var adres = vestigingen[0].BezoekadresNummeraanduidingIdentificatie;

        var response = await Server.PostAsync("""
            query($kvk: [String], $adres: String!) {
              perKvk: vestigingen(where: { kvkNummer: { in: $kvk } }, order: [{ kvkNummer: DESC }]) { totalCount nodes { vestigingsnummer kvkNummer } }
              perAdres: vestigingen(where: { bezoekadresIdentificatie: { eq: $adres } }) { nodes { vestigingsnummer bezoekadres { identificatie } } }
            }
            """, new { kvk = kvkNummers, adres });

        var perKvk = response.Data.GetProperty("perKvk");
        var expected = Hr.Vestigingen.Where(v => kvkNummers.Contains(v.KvkNummer))
            .OrderByDescending(v => v.KvkNummer, StringComparer.Ordinal).ThenBy(v => v.Vestigingsnummer, StringComparer.Ordinal);
        Assert.Equal(expected.Select(v => v.Vestigingsnummer),
            perKvk.GetProperty("nodes").EnumerateArray().Select(v => v.GetProperty("vestigingsnummer").GetString()));
        Assert.Equal(Keys.VestigingenOpAdres(adres),
            response.Data.GetProperty("perAdres").GetProperty("nodes").EnumerateArray().Select(v => v.GetProperty("vestigingsnummer").GetString()));
    }

    [Theory]
    [InlineData("maatschappelijkeActiviteit", "kvkNummer", "1234567", "INVALID_KVK_NUMMER")]
    [InlineData("maatschappelijkeActiviteit", "kvkNummer", "1234567A", "INVALID_KVK_NUMMER")]
    [InlineData("vestiging", "vestigingsnummer", "12345678901", "INVALID_VESTIGINGSNUMMER")]
    [InlineData("vestiging", "vestigingsnummer", "12345678901X", "INVALID_VESTIGINGSNUMMER")]
    [InlineData("nietNatuurlijkPersoon", "rsin", "123456789", "INVALID_RSIN")]
    [InlineData("nietNatuurlijkPersoon", "rsin", "12345678", "INVALID_RSIN")]
    [InlineData("persoon", "burgerservicenummer", "123456789", "INVALID_BSN")]
    [InlineData("persoon", "burgerservicenummer", "abcdefghi", "INVALID_BSN")]
    [InlineData("nummeraanduiding", "identificatie", "999920000000001", "INVALID_ARGUMENT")]
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
    public async Task Unknown_keys_are_null_without_error()
    {
        var response = await Server.PostAsync("""
            {
              maatschappelijkeActiviteit(kvkNummer: "99999999") { kvkNummer }
              vestiging(vestigingsnummer: "999999999999") { vestigingsnummer }
              nietNatuurlijkPersoon(rsin: "111222333") { rsin }
            }
            """);

        Assert.Null(response.FirstErrorCode);
        Assert.All(response.Data.EnumerateObject(), field => Assert.Equal(JsonValueKind.Null, field.Value.ValueKind));
    }

    [Fact]
    public async Task Internal_lookups_of_keys_without_businesses_have_empty_lists()
    {
        // The BRP and the BAG own these entities; the HR only adds its lists, which are empty here.
        var response = await Server.PostAsync("""
            {
              persoon(burgerservicenummer: "111222333") { burgerservicenummer ondernemingen { kvkNummer } }
              nummeraanduiding(identificatie: "0363200000000001") { identificatie vestigingen { vestigingsnummer } }
            }
            """);

        Assert.Null(response.FirstErrorCode);
        Assert.Equal(0, response.Data.GetProperty("persoon").GetProperty("ondernemingen").GetArrayLength());
        Assert.Equal(0, response.Data.GetProperty("nummeraanduiding").GetProperty("vestigingen").GetArrayLength());
    }
}

public sealed class HrOnSqliteTests(HrOnSqlite fixture) : HrBehaviour(fixture), IClassFixture<HrOnSqlite>;

public sealed class HrOnPostgresTests(HrOnPostgres fixture) : HrBehaviour(fixture), IClassFixture<HrOnPostgres>;
