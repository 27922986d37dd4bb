using FederatedGraph.Security.Testing;
using FederatedGraph.Checkout;
using FederatedGraph.FederationTesting;
using FederatedGraph.Subgraphs.SampleData.Hr;
using Microsoft.Playwright;

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
    public async Task The_schema_reference_lists_the_federated_types_and_documents_the_composed_Persoon()
    {
        // Nummeraanduiding comes from the BAG, Persoon from the BRP; eigendommen is the BRK's, ondernemingen the HR's.
        await using var ide = await ShowTypeInIdeAsync(Endpoint, ["Nummeraanduiding", "Persoon"],
            [
                ("eigendommen", "De onroerende zaken waarop deze persoon zakelijk gerechtigde is."),
                ("ondernemingen", "De maatschappelijke activiteiten waarvan deze persoon eigenaar is (eenmanszaken)."),
            ],
            "schema-reference");
    }

    [Fact]
    public async Task On_a_first_visit_Browse_Schema_lists_the_federated_types_without_a_reload()
    {
        // A fresh browser (no schema cached, nothing indexed) and "Browse Schema" clicked at once: the Schema
        // Reference asks for the schema while the IDE is still indexing it, and must list the types once it is done.
        await using var ide = await CheckInIdeAsync(Endpoint, "gateway-browse-schema", async ide =>
        {
            var typeFilter = await ide.BrowseSchemaAsync();
            await Assertions.Expect(await ide.FindTypeAsync(typeFilter, "Persoon")).ToBeVisibleAsync();
            await Assertions.Expect(await ide.FindTypeAsync(typeFilter, "Nummeraanduiding")).ToBeVisibleAsync();
        });

        Assert.Equal(1, ide.PageLoads);
    }

    [Fact]
    public async Task A_new_document_holds_the_configured_first_query_and_every_request_sends_the_configured_header()
    {
        // As the launcher configures its gateway: the first query, and the development caller's token and purpose.
        var firstQuery = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "gateway", "Launcher", "first-query.graphql")).Trim();
        await using var gateway = await federation.StartGatewayAsync($"--Gateway:Ide:Document={firstQuery}");
        var endpoint = new Uri(new Uri(gateway.Urls.First()), "/graphql").ToString();

        await using var ide = await CheckInIdeAsync(endpoint, "gateway-first-query", async ide =>
        {
            await ide.CreateDocumentAsync();
            await Assertions.Expect(ide.RequestEditor).ToContainTextAsync("persoon(burgerservicenummer");
            await ide.Page.GetByRole(AriaRole.Button, new() { Name = "Run Operation" }).ClickAsync();
            await Assertions.Expect(ide.ResultPane).ToContainTextAsync("\"persoon\"");
        });

        // The introspection and the run, each with the header as the browser sent it.
        var posts = ide.GraphQLPosts;
        Assert.True(posts.Count >= 2, $"{posts.Count} GraphQL requests");
        foreach (var post in posts)
        {
            Assert.Equal(SampleCallers.DevelopmentActivity, await post.HeaderValueAsync("X-Processing-Activity"));
            Assert.StartsWith("Bearer ey", await post.HeaderValueAsync("Authorization"));
        }
    }
}
