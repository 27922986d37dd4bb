using System.Text.Json;
using System.Text.RegularExpressions;
using FederatedGraph.Subgraphs.Toolkit.Data;

namespace FederatedGraph.Subgraphs.Toolkit.Tests.Data;

/// <summary>Projection checked on the SQL EF Core sends: only the selected columns (and the key) are read.</summary>
public sealed partial class ProjectionTests : IDisposable
{
    private static readonly string[] AllColumns =
    [
        "Id", "Bsn", "Voornamen", "Voorvoegsel", "Geslachtsnaam", "Huisnummer", "Inwonersnummer", "Lengte",
        "Geboortedatum", "Overlijdensdatum", "Geheim", "Geslacht", "Toeslag", "Nationaliteiten",
    ];

    private readonly DataTestHost _host = new();

    public void Dispose() => _host.Dispose();

    /// <summary>The columns in the SELECT list of the only command sent.</summary>
    private string[] SelectedColumns()
    {
        var sql = Assert.Single(_host.Sql);
        var selectList = sql[..sql.IndexOf("FROM", StringComparison.Ordinal)];
        return ColumnName().Matches(selectList).Select(match => match.Groups[1].Value).Order().ToArray();
    }

    private async Task<JsonElement> ExecuteAsync(string query, string? variables = null)
    {
        var json = await _host.ExecuteAsync(query, variables);
        DataTestHost.AssertNoErrors(json);
        return json.GetProperty("data");
    }

    [Fact]
    public async Task Selecting_only_an_inline_column_reads_only_that_column_and_the_key()
    {
        var data = await ExecuteAsync("{ personen(first: 2) { nodes { naam { geslachtsnaam } } } }");

        Assert.Equal(new[] { "Geslachtsnaam", "Id" }, SelectedColumns());
        var sql = Assert.Single(_host.Sql);
        foreach (var column in AllColumns.Except(["Geslachtsnaam", "Id"]))
            Assert.DoesNotContain($"\"{column}\"", sql);
        Assert.Equal(
            new[] { "Jansen", "Vries" },
            data.GetProperty("personen").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("naam").GetProperty("geslachtsnaam").GetString()));
    }

    [Fact]
    public async Task Edges_node_selections_are_projected_too()
    {
        var data = await ExecuteAsync("{ personen(first: 1) { edges { cursor node { bsn } } } }");
        Assert.Equal(new[] { "Bsn", "Id" }, SelectedColumns());
        Assert.Equal("999990001", data.GetProperty("personen").GetProperty("edges")[0].GetProperty("node").GetProperty("bsn").GetString());
    }

    [Fact]
    public async Task Nodes_and_edges_selections_are_combined()
    {
        await ExecuteAsync("{ personen(first: 1) { nodes { lengte } edges { node { geheim } } } }");
        Assert.Equal(new[] { "Geheim", "Id", "Lengte" }, SelectedColumns());
    }

    [Fact]
    public async Task Fragments_aliases_and_skip_include_are_followed()
    {
        const string query = """
            query($metBsn: Boolean!, $zonderLengte: Boolean!) {
              personen(first: 2) {
                nodes {
                  ...persoonDelen
                  nummer: huisnummer
                  bsn @include(if: $metBsn)
                  lengte @skip(if: $zonderLengte)
                  geheim @skip(if: false)
                  geslacht @include(if: false)
                  __typename
                }
              }
            }
            fragment persoonDelen on Persoon { naam { ... on Naam { voornamen } } }
            """;

        var data = await ExecuteAsync(query, """{ "metBsn": false, "zonderLengte": true }""");
        Assert.Equal(new[] { "Geheim", "Huisnummer", "Id", "Voornamen" }, SelectedColumns());
        var first = data.GetProperty("personen").GetProperty("nodes")[0];
        Assert.Equal(10, first.GetProperty("nummer").GetInt32());
        Assert.Equal("Jan", first.GetProperty("naam").GetProperty("voornamen").GetString());

        _host.Sql.Clear();
        await ExecuteAsync(query, """{ "metBsn": true, "zonderLengte": false }""");
        Assert.Equal(new[] { "Bsn", "Geheim", "Huisnummer", "Id", "Lengte", "Voornamen" }, SelectedColumns());
    }

    [Fact]
    public async Task A_computed_field_loads_the_columns_it_declared_with_Reads()
    {
        var data = await ExecuteAsync("{ personen(first: 2) { nodes { naam { volledigeNaam } } } }");
        Assert.Equal(new[] { "Geslachtsnaam", "Id", "Voornamen", "Voorvoegsel" }, SelectedColumns());
        Assert.Equal(
            new[] { "Jan Jansen", "Piet de Vries" },
            data.GetProperty("personen").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("naam").GetProperty("volledigeNaam").GetString()));
    }

    [Fact]
    public async Task A_json_list_column_is_projected_and_read_back()
    {
        var data = await ExecuteAsync("{ personen(first: 2) { nodes { nationaliteiten } } }");
        Assert.Equal(new[] { "Id", "Nationaliteiten" }, SelectedColumns());
        Assert.Equal(new[] { "NL", "BE" }, data.GetProperty("personen").GetProperty("nodes")[1].GetProperty("nationaliteiten").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task A_lookup_projects_from_the_selection_set_it_is_given()
    {
        var data = await ExecuteAsync("{ persoon(id: 2) { ... on Persoon { naam { geslachtsnaam } } } }");
        Assert.Equal(new[] { "Geslachtsnaam", "Id" }, SelectedColumns());
        Assert.Equal("Geslachtsnaam,Id", Assert.Single(_host.ProjectionLog.Signatures));
        Assert.Equal("Vries", data.GetProperty("persoon").GetProperty("naam").GetProperty("geslachtsnaam").GetString());
    }

    [Fact]
    public void Equal_member_sets_share_one_signature_and_projection()
    {
        var a = EntityProjection<TestPersoon>.Of([typeof(TestPersoon).GetProperty("Voornamen")!, typeof(TestPersoon).GetProperty("Id")!]);
        var b = EntityProjection<TestPersoon>.Of([typeof(TestPersoon).GetProperty("Id")!, typeof(TestPersoon).GetProperty("Voornamen")!, typeof(TestPersoon).GetProperty("Id")!]);
        var c = EntityProjection<TestPersoon>.Of([typeof(TestPersoon).GetProperty("Id")!]);

        Assert.Equal("Id,Voornamen", a.Signature);
        Assert.Same(a, b);
        Assert.NotEqual(a.Signature, c.Signature);
        var copy = a.Selector!.Compile()(new TestPersoon { Id = 4, Voornamen = "Marie", Bsn = "x" });
        Assert.Equal((4, "Marie", ""), (copy.Id, copy.Voornamen, copy.Bsn));
    }

    [GeneratedRegex("\"p\"\\.\"(\\w+)\"")]
    private static partial Regex ColumnName();
}
