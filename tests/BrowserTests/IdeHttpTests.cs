using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FederatedGraph.BrowserTests;

/// <summary>How a subgraph serves Banana Cake Pop over HTTP, next to its GraphQL endpoint, without a browser.</summary>
public sealed partial class IdeHttpTests(BrpOnSqlite brp) : IClassFixture<BrpOnSqlite>
{
    private HttpClient Client => brp.Server.Client;

    private Task<HttpResponseMessage> GetAsync(string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return Client.SendAsync(request);
    }

    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task A_browser_opening_the_endpoint_gets_the_ide_for_that_endpoint()
    {
        using var response = await GetAsync("/graphql", BrowserAccept);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Contains("<base href=\"/graphql/\"/>", html);
        Assert.Contains("<title>BRP subgraph - FederatedGraph</title>", html);
        // Our one script, marked as a modification, runs before the IDE's own (deferred) scripts create their workers.
        Assert.Contains("<!-- Modified by FederatedGraph:", html);
        var script = html.IndexOf("SchemaReferenceAfterIndexing.js", StringComparison.Ordinal);
        Assert.InRange(script, 0, html.IndexOf("static/js/main.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GraphQL_requests_to_the_endpoint_are_answered_as_before()
    {
        using var get = await GetAsync("/graphql?query=%7B__typename%7D", BrowserAccept + ",application/graphql-response+json");
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await get.Content.ReadAsStringAsync());

        var post = await brp.Server.PostAsync("{ __typename }");
        Assert.Equal(200, post.Status);
        Assert.Equal("Query", post.Data.GetProperty("__typename").GetString());

        // Not a browser: a GET without an operation stays a GraphQL error, not a page.
        using var bare = await GetAsync("/graphql", "application/graphql-response+json");
        Assert.StartsWith("application/", bare.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"errors\"", await bare.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_ide_is_preset_for_the_endpoint_without_telemetry()
    {
        using var response = await GetAsync("/graphql/bcp-config.json", "application/json");
        var preset = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("/graphql", preset.GetProperty("endpoint").GetString());
        Assert.True(preset.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(preset.GetProperty("disableTelemetry").GetBoolean());
        Assert.Equal("BRP subgraph - FederatedGraph", preset.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_ides_files_are_served_with_their_content_type_and_cached_by_content_hash()
    {
        using var page = await GetAsync("/graphql", BrowserAccept);
        var script = ScriptSource().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;

        using var response = await GetAsync("/graphql/" + script, "*/*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.Contains("immutable", response.Headers.CacheControl?.Extensions.Select(e => e.Name) ?? []);
    }

    [Fact]
    public async Task The_license_of_the_ide_is_served_next_to_it()
    {
        using var response = await GetAsync("/graphql/LICENSE", "text/plain");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ChilliCream License 1.0", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_offline_service_worker_is_not_served()
    {
        using var response = await GetAsync("/graphql/service-worker.js", "*/*");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("""<script defer="defer" src="(static/js/main\.[0-9a-f]+\.js)">""")]
    private static partial Regex ScriptSource();
}
