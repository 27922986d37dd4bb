using System.Net;
using static FederatedGraph.Gateway.Host.Tests.GatewayServer;

namespace FederatedGraph.Gateway.Host.Tests;

public sealed class LimitsTests : IAsyncLifetime
{
    private GatewayServer _server = null!;

    public async Task InitializeAsync() => _server = await StartAsync(
        "--Gateway:Limits:MaxDocumentBytes=600", "--Gateway:Limits:MaxDepth=3",
        "--Gateway:Limits:MaxAliases=2", "--Gateway:Limits:MaxRootFields=2");

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task AssertRefusedAsync(string query, string code, string message = "limit")
    {
        var response = await _server.QueryAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString());
        Assert.Empty(_server.Executor.Requests);
    }

    [Fact]
    public async Task A_query_text_over_the_limit_is_DOCUMENT_TOO_LARGE()
    {
        var response = await _server.QueryAsync("{ __typename }" + new string(' ', 600));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("DOCUMENT_TOO_LARGE", FirstErrorCode(await JsonAsync(response)));
    }

    [Fact]
    public async Task Within_every_limit_the_operation_executes()
    {
        var response = await _server.QueryAsync("{ a: persoon(burgerservicenummer: \"1\") { naam { volledigeNaam } } b: pand(identificatie: \"1\") { identificatie } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_server.Executor.Requests);
    }

    [Fact]
    public Task Nesting_deeper_than_the_limit_is_MAX_DEPTH_EXCEEDED()
        => AssertRefusedAsync("{ persoon(burgerservicenummer: \"1\") { verblijfplaats { nummeraanduiding { postcode } } } }", "MAX_DEPTH_EXCEEDED");

    [Fact]
    public Task Depth_counts_through_fragments()
        => AssertRefusedAsync("""
            { persoon(burgerservicenummer: "1") { ...P } }
            fragment P on Persoon { verblijfplaats { ... on Verblijfplaats { nummeraanduiding { postcode } } } }
            """, "MAX_DEPTH_EXCEEDED");

    [Fact]
    public Task Nesting_too_deep_to_parse_is_MAX_DEPTH_EXCEEDED_too()
        => AssertRefusedAsync("{" + string.Concat(Enumerable.Repeat("a{", 150)) + "b" + new string('}', 151), "MAX_DEPTH_EXCEEDED", "limit of 128");

    [Fact]
    public async Task Introspection_does_not_count_towards_depth()
    {
        var response = await _server.QueryAsync("{ __type(name: \"Persoon\") { fields { type { ofType { ofType { name } } } } } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public Task More_aliases_than_the_limit_is_MAX_ALIASES_EXCEEDED()
        => AssertRefusedAsync("{ persoon(burgerservicenummer: \"1\") { a: burgerservicenummer b: burgerservicenummer c: burgerservicenummer } }", "MAX_ALIASES_EXCEEDED");

    [Fact]
    public Task Aliases_count_every_time_their_fragment_is_spread()
        => AssertRefusedAsync("""
            { persoon(burgerservicenummer: "1") { ...A verblijfplaats { postcode } partners { ...A } } }
            fragment A on Persoon { a: burgerservicenummer b: burgerservicenummer }
            """, "MAX_ALIASES_EXCEEDED");

    [Fact]
    public Task More_root_fields_than_the_limit_is_MAX_ROOT_FIELDS_EXCEEDED()
        => AssertRefusedAsync("""
            { persoon(burgerservicenummer: "1") { burgerservicenummer } pand(identificatie: "1") { identificatie } ...Meer }
            fragment Meer on Query { woonplaats(identificatie: "1") { identificatie } }
            """, "MAX_ROOT_FIELDS_EXCEEDED");

    [Fact]
    public void Fragments_spread_exponentially_are_counted_without_being_expanded()
    {
        // Each fragment spreads the one below twice: 2^20 aliases if expanded.
        var fragments = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"fragment F{i} on Persoon {{ ...F{i - 1} ...F{i - 1} }}"));
        var limits = new OperationLimits(new GatewayLimits { MaxAliases = 1000 });
        var document = GraphQLParser.Parser.Parse("{ persoon(burgerservicenummer: \"1\") { ...F20 } }\nfragment F0 on Persoon { a: burgerservicenummer }\n" + fragments);

        var rejected = Assert.Throws<OperationRejectedException>(() =>
            limits.Check(document, document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().Single()));

        Assert.Contains("1048576 aliases", rejected.Message);
    }
}
