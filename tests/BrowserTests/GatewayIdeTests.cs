using FederatedGraph.FederationTesting;
using FederatedGraph.Subgraphs.SampleData.Hr;

namespace FederatedGraph.BrowserTests;

/// <summary>The gateway's Banana Cake Pop, in Chromium: a federated query against the composed schema.</summary>
public sealed class GatewayIdeTests(ChromiumFixture chromium, Federation federation) : IdeTests(chromium), IClassFixture<Federation>
{
    private string Endpoint => new Uri(federation.Client.BaseAddress!, "/graphql").ToString();

    [Fact]
    public async Task A_federated_query_run_in_the_ide_shows_data_from_hr_and_brp()
    {
        // An eenmanszaak from the HR whose owner's first names only the BRP knows: in the answer, not in the query.
        var activiteit = federation.Sample.Hr.MaatschappelijkeActiviteiten.OrderBy(m => m.KvkNummer, StringComparer.Ordinal).First(m => m.Eigenaar is NatuurlijkPersoon);
        var bsn = ((NatuurlijkPersoon)activiteit.Eigenaar).Burgerservicenummer;
        var voornamen = federation.Sample.Brp.Personen.Single(p => p.Burgerservicenummer == bsn).Naam.Voornamen;

        await using var ide = await RunInIdeAsync(Endpoint,
            $$"""{ maatschappelijkeActiviteit(kvkNummer: "{{activiteit.KvkNummer}}") { naam eigenaar { ... on Persoon { naam { volledigeNaam } ondernemingen { kvkNummer } } } } }""",
            voornamen, "gateway-federated-query");

        Assert.Contains("Gateway", await ide.Page.TitleAsync());
    }

    [Fact]
    public async Task Autocomplete_offers_a_field_another_registry_adds_to_Persoon()
    {
        // Persoon comes from the BRP; eigendommen is the BRK's, added through composition.
        await using var ide = await SuggestInIdeAsync(Endpoint, "{ persoon(burgerservicenummer: \"1\") { eigen",
            ["eigendommen"], "gateway-autocomplete");
    }

    [Fact]
    public async Task The_schema_reference_documents_the_composed_Persoon()
    {
        await using var ide = await ShowTypeInIdeAsync(Endpoint, "Persoon", "gateway-schema-reference");
    }
}
