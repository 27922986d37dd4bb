using FederatedGraph.FederationTesting;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace FederatedGraph.Gateway.Execution.Tests;

/// <summary>
/// A subgraph that is down, slow, or answers garbage costs only its own part of the response: the rest comes from
/// the other subgraphs, the missing part is null (with null propagation) and each affected path has an error
/// with the code and the source schema.
/// </summary>
public sealed class FailureTests(FiveRegistries registries) : IClassFixture<FiveRegistries>
{
    /// <summary>A person from BRP next to businesses from HR: two root fetches to two subgraphs.</summary>
    private const string PersonAndBusinesses = """
        query($bsn: String!) {
          persoon(burgerservicenummer: $bsn) { naam { volledigeNaam } }
          maatschappelijkeActiviteiten(first: 2) { nodes { naam } }
        }
        """;

    [Fact]
    public async Task A_stopped_subgraph_gives_partial_data_and_SUBGRAPH_UNAVAILABLE()
    {
        using var gateway = WithHr(ClosedPortUrl());

        var response = await gateway.ExecuteAsync(PersonAndBusinesses, new { bsn = await SomeBsnAsync() });

        AssertPartial(response, GatewayErrorCodes.SubgraphUnavailable);
    }

    [Fact]
    public async Task A_slow_subgraph_gives_SUBGRAPH_TIMEOUT_within_the_timeout()
    {
        await using var slow = await FakeSubgraph.AnsweringAsync("""{"data":{}}""", delay: TimeSpan.FromSeconds(10));
        using var gateway = WithHr(slow.Url, options => options.SubgraphTimeout = TimeSpan.FromMilliseconds(300));
        var bsn = await SomeBsnAsync();

        var clock = Stopwatch.StartNew();
        var response = await gateway.ExecuteAsync(PersonAndBusinesses, new { bsn });

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(3));
        AssertPartial(response, GatewayErrorCodes.SubgraphTimeout);
    }

    [Theory]
    [InlineData(200, "this is not JSON")]
    [InlineData(500, """{"errors":[{"message":"crash"}]}""")]
    [InlineData(200, """{"unexpected":true}""")]
    [InlineData(200, """{"data":[1,2,3]}""")]
    public async Task A_garbage_answer_gives_SUBGRAPH_BAD_RESPONSE(int status, string body)
    {
        await using var garbage = await FakeSubgraph.StartAsync(_ => (status, "application/json", body));
        using var gateway = WithHr(garbage.Url);

        var response = await gateway.ExecuteAsync(PersonAndBusinesses, new { bsn = await SomeBsnAsync() });

        AssertPartial(response, GatewayErrorCodes.SubgraphBadResponse);
    }

    [Theory]
    [InlineData(403, """{"errors":[{"message":"The processing activity 'x' does not allow the field Persoon.ondernemingen.","extensions":{"code":"UNAUTHORIZED_FIELD","coordinate":"Persoon.ondernemingen"}}]}""", "UNAUTHORIZED_FIELD")]
    [InlineData(401, """{"errors":[{"message":"The bearer token has expired.","extensions":{"code":"UNAUTHENTICATED"}}]}""", "UNAUTHENTICATED")]
    [InlineData(403, "Forbidden", "SUBGRAPH_BAD_RESPONSE")]
    public async Task A_registry_that_refuses_the_caller_is_reported_with_its_own_code(int status, string body, string code)
    {
        await using var refusing = await FakeSubgraph.StartAsync(_ => (status, "application/graphql-response+json", body));
        using var gateway = WithHr(refusing.Url);

        var response = await gateway.ExecuteAsync(PersonAndBusinesses, new { bsn = await SomeBsnAsync() });

        AssertPartial(response, code);
    }

    [Fact]
    public async Task A_failed_entity_fetch_nulls_each_entity_up_to_its_nearest_nullable_parent_with_one_error_per_entity()
    {
        using var gateway = WithHr(ClosedPortUrl());

        var response = await gateway.ExecuteAsync("{ personen(first: 3, order: [{ burgerservicenummer: ASC }]) { totalCount nodes { burgerservicenummer ondernemingen { naam } } } }");

        // ondernemingen is non-null, and so is each node: the nodes list (nullable) becomes null.
        var personen = response.Data().GetProperty("personen");
        Assert.Equal(JsonValueKind.Null, personen.GetProperty("nodes").ValueKind);
        Assert.True(personen.GetProperty("totalCount").GetInt32() > 0);
        var errors = response.Errors();
        Assert.Equal(["personen.nodes.0.ondernemingen", "personen.nodes.1.ondernemingen", "personen.nodes.2.ondernemingen"], errors.Select(e => e.PathText()));
        Assert.All(errors, e => Assert.Equal((GatewayErrorCodes.SubgraphUnavailable, "hr"), (e.Code(), e.Subgraph())));
    }

    [Fact]
    public async Task Subgraph_errors_in_entity_results_are_mapped_onto_the_client_paths_with_their_code()
    {
        await using var hr = await FakeSubgraph.StartAsync(body =>
        {
            var lines = body.GetProperty("variables").EnumerateArray().Select((_, i) =>
                $$$"""{"variableIndex":{{{i}}},"data":{"persoon":null},"errors":[{"message":"HR is kapot","path":["persoon","ondernemingen"],"extensions":{"code":"HR_KAPOT","detail":{{{i}}}}}]}""");
            return (200, "application/jsonl", string.Join('\n', lines));
        });
        using var gateway = WithHr(hr.Url);

        var response = await gateway.ExecuteAsync("{ personen(first: 3, order: [{ burgerservicenummer: ASC }]) { nodes { burgerservicenummer ondernemingen { naam } } } }");

        var errors = response.Errors();
        Assert.Equal(["personen.nodes.0.ondernemingen", "personen.nodes.1.ondernemingen", "personen.nodes.2.ondernemingen"], errors.Select(e => e.PathText()));
        Assert.All(errors, e => Assert.Equal(("HR_KAPOT", "hr", "HR is kapot"), (e.Code(), e.Subgraph(), e.GetProperty("message").GetString())));
        Assert.Equal([0, 1, 2], errors.Select(e => e.GetProperty("extensions").GetProperty("detail").GetInt32()));
        Assert.Equal(JsonValueKind.Null, response.Data().GetProperty("personen").GetProperty("nodes").ValueKind);
        Assert.Single(hr.Received);
    }

    [Fact]
    public async Task A_null_non_null_field_nulls_its_nearest_nullable_parent_with_one_error()
    {
        await using var brp = await FakeSubgraph.AnsweringAsync("""{"data":{"persoon":{"burgerservicenummer":"1","naam":null}}}""");
        using var gateway = WithBrp(brp.Url);

        var response = await gateway.ExecuteAsync("""{ persoon(burgerservicenummer: "1") { burgerservicenummer naam { volledigeNaam } } }""");

        Assert.Equal("""{"persoon":null}""", response.Data().GetRawText());
        var error = Assert.Single(response.Errors());
        Assert.Equal(("persoon.naam", GatewayErrorCodes.NonNullViolation), (error.PathText(), error.Code()));
    }

    [Fact]
    public async Task A_subgraph_error_that_explains_a_null_is_passed_on_without_a_second_error()
    {
        await using var brp = await FakeSubgraph.AnsweringAsync("""
            {"errors":[{"message":"kapot","path":["persoon","naam"],"extensions":{"code":"BOOM"}}],"data":{"persoon":null}}
            """);
        using var gateway = WithBrp(brp.Url);

        var response = await gateway.ExecuteAsync("""{ persoon(burgerservicenummer: "1") { naam { volledigeNaam } } }""");

        Assert.Equal("""{"persoon":null}""", response.Data().GetRawText());
        var error = Assert.Single(response.Errors());
        Assert.Equal(("persoon.naam", "BOOM", "brp"), (error.PathText(), error.Code(), error.Subgraph()));
    }

    [Fact]
    public async Task A_null_non_null_root_field_makes_data_null()
    {
        await using var hr = await FakeSubgraph.AnsweringAsync("""{"data":{"maatschappelijkeActiviteiten":{"nodes":[{"naam":null}]}}}""");
        using var gateway = WithHr(hr.Url);

        var response = await gateway.ExecuteAsync("{ maatschappelijkeActiviteiten { nodes { naam } } }");

        // nodes is [MaatschappelijkeActiviteit!]: the item cannot be null, so the list is.
        Assert.Equal("""{"maatschappelijkeActiviteiten":{"nodes":null}}""", response.Data().GetRawText());
        Assert.Equal("maatschappelijkeActiviteiten.nodes.0.naam", Assert.Single(response.Errors()).PathText());
    }

    [Fact]
    public async Task Allowed_headers_are_forwarded_to_every_subgraph_request()
    {
        await using var brp = await FakeSubgraph.AnsweringAsync("""{"data":{"persoon":{"burgerservicenummer":"1"}}}""");
        using var gateway = WithBrp(brp.Url);

        await gateway.ExecuteAsync("""{ persoon(burgerservicenummer: "1") { burgerservicenummer } }""",
            headers: [new("Authorization", "Bearer abc"), new("X-Correlation-ID", "42")]);

        var (headers, body) = Assert.Single(brp.Received);
        Assert.Equal("Bearer abc", headers.Authorization.ToString());
        Assert.Equal("42", headers["X-Correlation-ID"].ToString());
        Assert.Contains("persoon(burgerservicenummer: \"1\")", body.GetProperty("query").GetString());
    }

    [Fact]
    public async Task Too_many_fetches_are_refused_before_any_fetch()
    {
        using var gateway = new Gateway(Gateway.CommittedConfiguration, registries.Urls, options => options.MaxFetchesPerOperation = 1);

        var response = await gateway.ExecuteAsync("{ personen(first: 1) { nodes { ondernemingen { naam } } } }");

        Assert.False(response.TryGetProperty("data", out _));
        Assert.Equal(GatewayErrorCodes.FetchLimitExceeded, Assert.Single(response.Errors()).Code());
        Assert.Equal(0, gateway.Requests.Total);
    }

    [Fact]
    public async Task Introspection_mixed_with_data_fields_is_refused()
    {
        using var gateway = new Gateway(Gateway.CommittedConfiguration, registries.Urls);

        var response = await gateway.ExecuteAsync("{ __schema { queryType { name } } personen(first: 1) { totalCount } }");

        Assert.Equal("INTROSPECTION_MIXED", Assert.Single(response.Errors()).Code());
        Assert.Equal(0, gateway.Requests.Total);
    }

    private Gateway WithHr(string url, Action<GatewayExecutionOptions>? configure = null) => With("hr", url, configure);

    private Gateway WithBrp(string url) => With("brp", url, null);

    private Gateway With(string sourceSchema, string url, Action<GatewayExecutionOptions>? configure)
    {
        var urls = registries.Urls;
        urls[sourceSchema] = url;
        return new Gateway(Gateway.CommittedConfiguration, urls, configure);
    }

    private async Task<string> SomeBsnAsync()
        => (await registries.Brp.PostAsync("{ personen(first: 1) { nodes { burgerservicenummer } } }"))
            .Data.GetProperty("personen").Nodes()[0].Text("burgerservicenummer");

    /// <summary>The person from BRP is there; the businesses from HR are null with one error naming HR.</summary>
    private static void AssertPartial(JsonElement response, string code)
    {
        var data = response.Data();
        Assert.False(string.IsNullOrEmpty(data.GetProperty("persoon").GetProperty("naam").Text("volledigeNaam")));
        Assert.Equal(JsonValueKind.Null, data.GetProperty("maatschappelijkeActiviteiten").ValueKind);
        var error = Assert.Single(response.Errors());
        Assert.Equal(("maatschappelijkeActiviteiten", code, "hr"), (error.PathText(), error.Code(), error.Subgraph()));
    }

    /// <summary>A loopback URL nothing listens on.</summary>
    internal static string ClosedPortUrl()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/graphql";
    }
}
