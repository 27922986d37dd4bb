using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FederatedGraph.Checkout;
using FederatedGraph.FederationTesting;
using FederatedGraph.Registries.Testing;
using FederatedGraph.Security;
using FederatedGraph.Security.Testing;
using Xunit;
using static FederatedGraph.Gateway.EndToEnd.Tests.Security.CallerRequests;

namespace FederatedGraph.Gateway.EndToEnd.Tests.Security;

/// <summary>A client set to trusted documents only (the sample's <c>burgerzaken-portaal</c>) sends the id of a document it
/// registered, in any of the forms Relay, Apollo and Hot Chocolate clients use; an ad-hoc document is refused.</summary>
public sealed class TrustedDocumentTests(Federation federation) : IClassFixture<Federation>
{
    private Uri Gateway => federation.Endpoint("gateway");

    private static string PortalToken => TestIssuer.Token(SampleCallers.BurgerzakenPortaal);

    /// <summary>The portal's registered documents, as committed.</summary>
    private static readonly Dictionary<string, string> Registered = JsonDocument
        .Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "schema", "trusted-documents", "burgerzaken-portaal.json")))
        .RootElement.GetProperty("documents").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

    private string Bsn => federation.Sample.Brp.Personen.First(p => p.Partners.Count > 0).Burgerservicenummer;

    [Fact]
    public async Task An_ad_hoc_document_from_a_trusted_documents_only_client_is_refused()
    {
        var response = await PostAsync(Gateway, "{ personen(first: 1) { nodes { naam { volledigeNaam } } } }", PortalToken, SampleCallers.VerhuizingActivity);

        Assert.Equal(403, response.Status);
        Assert.Equal(["TRUSTED_DOCUMENT_REQUIRED"], Codes(response));
    }

    [Theory]
    [InlineData("documentId")]
    [InlineData("doc_id")]
    [InlineData("id")]
    [InlineData("apollo")]
    public async Task A_registered_document_is_served_by_its_id(string form)
    {
        var (id, text) = Registered.First(d => d.Value.Contains("PersoonVoorVerhuizing"));
        var hex = id["sha256:".Length..];
        object body = form switch
        {
            "apollo" => new { extensions = new { persistedQuery = new { version = 1, sha256Hash = hex } }, variables = new { burgerservicenummer = Bsn } },
            "documentId" => new Dictionary<string, object> { ["documentId"] = id, ["variables"] = new { burgerservicenummer = Bsn } },
            _ => new Dictionary<string, object> { [form] = hex, ["variables"] = new { burgerservicenummer = Bsn } },
        };

        var response = await PostBodyAsync(body, PortalToken);

        Assert.Equal(200, response.Status);
        Assert.False(response.Json.TryGetProperty("errors", out _), response.Body);
        Assert.Equal(Bsn, response.Data.GetProperty("persoon").GetProperty("burgerservicenummer").GetString());
        Assert.NotEmpty(response.Data.GetProperty("persoon").GetProperty("partners").EnumerateArray());
        Assert.Contains("PersoonVoorVerhuizing", text);
    }

    [Fact]
    public async Task An_unknown_id_or_another_clients_document_is_not_found()
    {
        var id = Registered.Keys.First();
        var unknown = await PostBodyAsync(new Dictionary<string, object> { ["documentId"] = "sha256:" + new string('0', 64) }, PortalToken);
        // The balie may send ad-hoc documents, but the portal's registered ones are the portal's.
        var otherClient = await PostBodyAsync(new Dictionary<string, object> { ["documentId"] = id }, TestIssuer.Token(SampleCallers.BurgerzakenBalie));

        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], Codes(unknown));
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], Codes(otherClient));
    }

    [Fact]
    public async Task A_client_not_set_to_trusted_documents_may_still_send_its_own()
    {
        var response = await PostAsync(Gateway, "{ personen(first: 1) { nodes { naam { volledigeNaam } } } }",
            TestIssuer.Token(SampleCallers.BurgerzakenBalie), SampleCallers.VerhuizingActivity);

        Assert.Equal(200, response.Status);
    }

    private async Task<GraphQLResponse> PostBodyAsync(object body, string token)
    {
        using var http = new HttpClient();
        var request = new HttpRequestMessage(HttpMethod.Post, Gateway)
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add(PurposeHeaders.ProcessingActivity, SampleCallers.VerhuizingActivity);
        using var response = await http.SendAsync(request);
        return new GraphQLResponse((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
