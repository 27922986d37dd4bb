using FederatedGraph.Registries.Testing;
using FederatedGraph.Subgraphs.Brp;
using FederatedGraph.Subgraphs.Toolkit.Hosting;

namespace FederatedGraph.BrowserTests;

public sealed class BrpOnSqlite() : RegistryFixture(p => RegistryServer.StartAsync(new BrpSubgraph(), p), DatabaseProvider.Sqlite);

/// <summary>The BRP subgraph's own Banana Cake Pop, in Chromium.</summary>
public sealed class BrpIdeTests(ChromiumFixture chromium, BrpOnSqlite brp) : IdeTests(chromium), IClassFixture<BrpOnSqlite>
{
    private string Endpoint => new Uri(brp.Server.Client.BaseAddress!, "/graphql").ToString();

    [Fact]
    public async Task A_personen_query_run_in_the_ide_shows_registry_data()
    {
        // The lowest BSN of the sample municipality: in the answer, not in the query.
        var firstBsn = brp.Sample.Brp.Personen.Select(p => p.Burgerservicenummer).Min(StringComparer.Ordinal)!;

        await using var ide = await RunInIdeAsync(Endpoint,
            "{ personen(first: 3, order: [{ burgerservicenummer: ASC }]) { nodes { burgerservicenummer naam { volledigeNaam } } } }",
            firstBsn, "brp-personen-query");

        Assert.Contains("BRP subgraph", await ide.Page.TitleAsync());
    }

    [Fact]
    public async Task The_schema_reference_lists_the_types_and_documents_the_fields_of_Persoon()
    {
        await using var ide = await ShowTypeInIdeAsync(Endpoint, ["Nummeraanduiding", "Persoon"],
            [("burgerservicenummer", "Het burgerservicenummer (BSN), 9 cijfers die aan de 11-proef voldoen."), ("partners", "De (huwelijks)partners.")],
            "brp-schema-reference");
    }
}
