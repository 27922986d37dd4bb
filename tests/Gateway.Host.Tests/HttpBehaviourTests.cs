using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using static FederatedGraph.Gateway.Host.Tests.GatewayServer;

namespace FederatedGraph.Gateway.Host.Tests;

public sealed class HttpBehaviourTests : IAsyncLifetime
{
    private const string PersoonQuery = """query($bsn: String!) { persoon(burgerservicenummer: $bsn) { burgerservicenummer } }""";

    private GatewayServer _server = null!;

    public async Task InitializeAsync() => _server = await StartAsync("--Gateway:Limits:MaxRequestBytes=4096");
    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Post_query_is_handed_to_the_executor_and_its_result_written_as_graphql_response_json()
    {
        var response = await _server.QueryAsync(PersoonQuery, new { bsn = "999990019" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, response.Content.Headers.ContentType!.MediaType);
        Assert.True((await JsonAsync(response)).GetProperty("data").GetProperty("stub").GetBoolean());
        // Written at once with its length, not chunk by chunk.
        Assert.Equal((await response.Content.ReadAsByteArrayAsync()).Length, response.Content.Headers.ContentLength);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
        var request = _server.Executor.Single;
        Assert.Null(request.OperationName);
        Assert.Equal("""{"bsn":"999990019"}""", request.Variables!.Value.GetRawText());
        Assert.Contains(request.Document.Definitions, d => d is GraphQLParser.AST.GraphQLOperationDefinition);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("*/*")]
    [InlineData("text/html, */*;q=0.8")]
    [InlineData(null)]
    public async Task Legacy_clients_get_application_json(string? accept)
    {
        var response = await _server.PostAsync("""{"query":"{ persoon(burgerservicenummer: \"1\") { burgerservicenummer } }"}""", accept);
        var invalid = await _server.PostAsync("""{"query":"{ persoon(burgerservicenummer: \"1\") { schoenmaat } }"}""", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        // Under application/json a request error is a 200 too.
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Equal("application/json", invalid.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/graphql-response+json, */*")]
    [InlineData("application/json;q=0.9, application/graphql-response+json")]
    public async Task Clients_that_name_graphql_response_json_get_it(string accept)
    {
        var response = await _server.PostAsync("""{"query":"{ persoon(burgerservicenummer: \"1\") { schoenmaat } }"}""", accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Get_query_is_executed_with_variables_from_the_query_string()
    {
        var response = await _server.GetAsync(PersoonQuery, """{"bsn":"999990019"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"bsn":"999990019"}""", _server.Executor.Single.Variables!.Value.GetRawText());
    }

    [Fact]
    public async Task Get_mutation_is_refused_with_405_before_validation()
    {
        var response = await _server.GetAsync("mutation { verwijder }");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", FirstErrorCode(await JsonAsync(response)));
        Assert.Empty(_server.Executor.Requests);
    }

    [Fact]
    public async Task Other_methods_are_refused_with_405()
    {
        var response = await _server.Client.PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("METHOD_NOT_ALLOWED", FirstErrorCode(await JsonAsync(response)));
    }

    [Fact]
    public async Task Post_with_another_content_type_is_refused_with_415()
    {
        var response = await _server.Client.PostAsync("/graphql", new StringContent("{ __typename }", Encoding.UTF8, "application/graphql"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", FirstErrorCode(await JsonAsync(response)));
    }

    [Theory]
    [InlineData("""{"query": """)]
    [InlineData("""[1, 2""")]
    [InlineData("42")]
    [InlineData("""{"variables": {}}""")]
    [InlineData("""{"query": 7}""")]
    [InlineData("""{"query": "{ __typename }", "query": "{ __schema { queryType { name } } }"}""")]
    [InlineData("""{"query": "query($bsn: String!) { persoon(burgerservicenummer: $bsn) { burgerservicenummer } }", "variables": {"bsn": "1", "bsn": "2"}}""")]
    public async Task Malformed_requests_are_400_MALFORMED_REQUEST(string body)
    {
        var response = await _server.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("MALFORMED_REQUEST", FirstErrorCode(await JsonAsync(response)));
    }

    // JSON lets a \u escape name half a surrogate pair, but such a string is no Unicode text: it cannot be read.
    [Theory]
    [InlineData("""{"query": "{ __typename } # \ud800"}""")]
    [InlineData("""{"query": "{ __typename }", "operationName": "\udc00"}""")]
    [InlineData("""{"query": "query($bsn: String!) { persoon(burgerservicenummer: $bsn) { burgerservicenummer } }", "variables": {"bsn": "\ud800"}}""")]
    [InlineData("""{"query": "query($bsn: String!) { persoon(burgerservicenummer: $bsn) { burgerservicenummer } }", "variables": {"bsn": "1", "\ud800": "2"}}""")]
    [InlineData("""{"query": "{ __typename }", "extensions": {"trace": ["\ud800x"]}}""")]
    [InlineData("""{"query": "{ __typename }", "\ud800": 1}""")]
    public async Task Unpaired_surrogate_escapes_are_400_MALFORMED_REQUEST(string body)
    {
        var response = await _server.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MALFORMED_REQUEST", FirstErrorCode(await JsonAsync(response)));
        Assert.Empty(_server.Executor.Requests);
    }

    [Theory]
    [InlineData("variables", """{"bsn": "\ud800"}""")]
    [InlineData("extensions", """{"x": "\udfff"}""")]
    public async Task Unpaired_surrogate_escapes_in_get_parameters_are_400_MALFORMED_REQUEST(string parameter, string json)
    {
        var response = await _server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get,
            "/graphql?query=" + Uri.EscapeDataString(PersoonQuery) + $"&{parameter}=" + Uri.EscapeDataString(json))
        {
            Headers = { { "Accept", GraphQLResponseJson } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MALFORMED_REQUEST", FirstErrorCode(await JsonAsync(response)));
        Assert.Empty(_server.Executor.Requests);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_REQUEST_TOO_LARGE()
    {
        var response = await _server.QueryAsync("{ __typename }" + new string(' ', 5000));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", FirstErrorCode(await JsonAsync(response)));
    }

    [Theory]
    [InlineData("""[{"query":"{ __typename }"}]""")]
    [InlineData("""{"query":"query($bsn: String!) { persoon(burgerservicenummer: $bsn) { burgerservicenummer } }","variables":[{"bsn":"1"},{"bsn":"2"}]}""")]
    public async Task Batches_are_refused(string body)
    {
        var response = await _server.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BATCHING_NOT_SUPPORTED", FirstErrorCode(await JsonAsync(response)));
        Assert.Empty(_server.Executor.Requests);
    }

    [Fact]
    public async Task An_executor_that_throws_gives_INTERNAL_ERROR_without_internals_and_no_500()
    {
        _server.Executor.Answer = _ => throw new InvalidOperationException("secret connection string");

        var response = await _server.QueryAsync(PersoonQuery, new { bsn = "1" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret", text);
        Assert.DoesNotContain("InvalidOperationException", text);
        Assert.Equal("INTERNAL_ERROR", FirstErrorCode(await JsonAsync(response)));
    }

    [Fact]
    public async Task Executor_errors_and_extensions_are_written_as_given()
    {
        var answer = new StubResult(new JsonObject
        {
            ["data"] = null,
            ["errors"] = new JsonArray(new JsonObject { ["message"] = "brp is niet bereikbaar", ["extensions"] = new JsonObject { ["code"] = "SUBGRAPH_UNAVAILABLE" } }),
            ["extensions"] = new JsonObject { ["queryPlan"] = "…" },
        });
        _server.Executor.Answer = _ => answer;

        var body = await JsonAsync(await _server.QueryAsync(PersoonQuery, new { bsn = "1" }));

        Assert.Equal("SUBGRAPH_UNAVAILABLE", FirstErrorCode(body));
        Assert.Equal("brp is niet bereikbaar", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").ValueKind);
        Assert.Equal("…", body.GetProperty("extensions").GetProperty("queryPlan").GetString());
        Assert.True(answer.Disposed);
    }
}
