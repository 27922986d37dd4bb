using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FederatedGraph.Subgraphs.Toolkit.Http;

namespace FederatedGraph.Subgraphs.Toolkit.Tests.Http;

public sealed class HttpEndpointTests : IAsyncLifetime
{
    private TestSubgraphServer _server = null!;

    public async Task InitializeAsync() => _server = await TestSubgraphServer.StartAsync(new SubgraphLimits { MaxDepth = 5, MaxBatchSize = 200, MaxRequestBytes = 64 * 1024 });
    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Task<HttpResponseMessage> PostAsync(string json, string? accept = "application/graphql-response+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return _server.Client.SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
        => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static string FirstErrorCode(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    [Fact]
    public async Task Post_query_answers_graphql_response_json()
    {
        var response = await PostAsync("""{"query":"{ itemById(id: 3) { id name parent { id } } }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        var item = (await JsonAsync(response)).GetProperty("data").GetProperty("itemById");
        Assert.Equal("item 3", item.GetProperty("name").GetString());
        Assert.Equal("1", item.GetProperty("parent").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Get_query_is_executed()
    {
        var response = await _server.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("query($id: ID!) { itemById(id: $id) { name } }")
                                                     + "&variables=" + Uri.EscapeDataString("""{"id":"7"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("item 7", (await JsonAsync(response)).GetProperty("data").GetProperty("itemById").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Get_mutation_is_refused_with_405()
    {
        var response = await _server.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { touch }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", FirstErrorCode(await JsonAsync(response)));
    }

    // The test schema has queries and mutations but no subscriptions.
    [Theory]
    [InlineData("""{"query":"subscription { hello }"}""", 1)]
    [InlineData("""{"query":"query A { hello }\nsubscription B { hello }","operationName":"A"}""", 2)]
    public async Task An_operation_type_the_schema_lacks_is_a_validation_error_with_its_location(string body, int line)
    {
        var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        Assert.Equal("KNOWN_OPERATION_TYPES", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(line, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task Post_mutation_is_executed()
    {
        var response = await PostAsync("""{"query":"mutation { touch }"}""");
        Assert.Equal("touched", (await JsonAsync(response)).GetProperty("data").GetProperty("touch").GetString());
    }

    [Fact]
    public async Task Malformed_json_is_a_400_with_a_code()
    {
        var response = await PostAsync("""{"query": "{ hello }" """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MALFORMED_REQUEST", FirstErrorCode(await JsonAsync(response)));
    }

    [Theory]
    [InlineData("""{"query": 42}""")]
    [InlineData("""{"variables": {}}""")]
    [InlineData("""{"query": "{ hello }", "variables": 3}""")]
    [InlineData("""[]""")]
    [InlineData("""["{ hello }"]""")]
    public async Task Ill_formed_request_objects_are_400(string body)
    {
        var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MALFORMED_REQUEST", FirstErrorCode(await JsonAsync(response)));
    }

    // JSON lets a \u escape name half a surrogate pair, but such a string is no Unicode text: it cannot be read.
    [Theory]
    [InlineData("""{"query": "{ hello } # \ud800"}""")]
    [InlineData("""{"query": "{ hello }", "operationName": "\udc00"}""")]
    [InlineData("""{"query": "query($id: ID!) { itemById(id: $id) { name } }", "variables": {"id": "\ud800"}}""")]
    [InlineData("""{"query": "query($id: ID!) { itemById(id: $id) { name } }", "variables": [{"id": "1"}, {"\ud800": "2"}]}""")]
    [InlineData("""{"query": "{ hello }", "extensions": {"trace": ["\ud800x"]}}""")]
    [InlineData("""[{"query": "{ hello }"}, {"query": "{ hello }", "\ud800": 1}]""")]
    public async Task Unpaired_surrogate_escapes_are_400_MALFORMED_REQUEST(string body)
    {
        var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MALFORMED_REQUEST", FirstErrorCode(await JsonAsync(response)));
    }

    [Theory]
    [InlineData("variables", """{"id": "\ud800"}""")]
    [InlineData("extensions", """{"x": "\udfff"}""")]
    public async Task Unpaired_surrogate_escapes_in_get_parameters_are_400_MALFORMED_REQUEST(string parameter, string json)
    {
        var response = await _server.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("""query($id: ID! = "1") { itemById(id: $id) { name } }""")
                                                     + $"&{parameter}=" + Uri.EscapeDataString(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MALFORMED_REQUEST", FirstErrorCode(await JsonAsync(response)));
    }

    [Fact]
    public async Task Other_content_types_are_415()
    {
        var response = await _server.Client.PostAsync("/graphql", new StringContent("{ hello }", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", FirstErrorCode(await JsonAsync(response)));
    }

    [Fact]
    public async Task Oversized_body_is_413()
    {
        var response = await PostAsync(JsonSerializer.Serialize(new { query = "{ hello }", variables = new { pad = new string('x', 70 * 1024) } }));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", FirstErrorCode(await JsonAsync(response)));
    }

    [Fact]
    public async Task Syntax_error_is_400_with_location_under_graphql_response_json()
    {
        var response = await PostAsync("""{"query":"{ itemById(id: 1) { name }"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal("SYNTAX_ERROR", FirstErrorCode(body));
        Assert.True(body.GetProperty("errors")[0].TryGetProperty("locations", out _));
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Syntax_error_is_200_under_plain_json()
    {
        var response = await PostAsync("""{"query":"{ itemById(id: 1) { name }"}""", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("SYNTAX_ERROR", FirstErrorCode(await JsonAsync(response)));
    }

    [Theory]
    [InlineData("*/*")]
    [InlineData("text/html, */*;q=0.8")]
    [InlineData(null)]
    public async Task Clients_that_accept_anything_or_say_nothing_get_application_json(string? accept)
    {
        var response = await PostAsync("""{"query":"{ hello }"}""", accept);
        var invalid = await PostAsync("""{"query":"{ itemById(id: 1) { colour } }"}""", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        // Under application/json a request error is a 200 too.
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Equal("application/json", invalid.Content.Headers.ContentType!.MediaType);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", FirstErrorCode(await JsonAsync(invalid)));
    }

    [Fact]
    public async Task Unknown_field_is_a_validation_error_with_a_code()
    {
        var response = await PostAsync("""{"query":"{ itemById(id: 1) { colour } }"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", FirstErrorCode(await JsonAsync(response)));
    }

    [Fact]
    public async Task Too_deep_query_is_refused()
    {
        var response = await PostAsync("""{"query":"{ itemById(id: 1) { children { children { children { children { children { id } } } } } } }"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MAX_DEPTH_EXCEEDED", FirstErrorCode(await JsonAsync(response)));
    }

    // Found by HostileRequestTests: GraphQL.NET reported the parser's own depth limit as INTERNAL_ERROR.
    [Theory]
    [InlineData("selections")]
    [InlineData("list value")]
    public async Task Query_deeper_than_the_parser_goes_is_refused_with_MAX_DEPTH_EXCEEDED(string what)
    {
        var query = what == "selections"
            ? "{ " + string.Concat(Enumerable.Repeat("itemById(id: 1) { ", 300)) + "id" + new string('}', 301)
            : "{ itemById(id: " + new string('[', 300) + new string(']', 300) + ") { id } }";

        var response = await PostAsync(JsonSerializer.Serialize(new { query }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MAX_DEPTH_EXCEEDED", FirstErrorCode(await JsonAsync(response)));
    }

    // Found by HostileRequestTests: 25 fragments that each spread the next twice took GraphQL.NET 17 s to execute.
    [Fact]
    public async Task Fragments_that_multiply_fields_beyond_the_limit_are_refused_at_once()
    {
        var query = "{ itemById(id: 1) { ...F0 } }" + string.Concat(Enumerable.Range(0, 40).Select(i => $" fragment F{i} on Item {{ name ...F{i + 1} ...F{i + 1} }}"))
                    + " fragment F40 on Item { id }";

        var response = await PostAsync(JsonSerializer.Serialize(new { query })).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MAX_FIELDS_EXCEEDED", FirstErrorCode(await JsonAsync(response)));
    }

    [Fact]
    public async Task Query_at_the_depth_limit_runs()
    {
        var response = await PostAsync("""{"query":"{ itemById(id: 1) { children { children { children { id } } } } }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var level3 = (await JsonAsync(response)).GetProperty("data").GetProperty("itemById").GetProperty("children")[0].GetProperty("children")[0].GetProperty("children");
        Assert.Equal(2, level3.GetArrayLength());
    }

    [Fact]
    public async Task Resolver_failure_is_reported_without_leaking_details()
    {
        var response = await PostAsync("""{"query":"{ itemById(id: 2) { name boom } }"}""");

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("hunter2", text);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal("INTERNAL_ERROR", FirstErrorCode(body));
        Assert.Equal("item 2", body.GetProperty("data").GetProperty("itemById").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("itemById").GetProperty("boom").ValueKind);
    }

    [Fact]
    public async Task Invalid_variables_are_reported_with_a_code()
    {
        var response = await PostAsync("""{"query":"query($id: ID!) { itemById(id: $id) { name } }","variables":{"id":{"nested":true}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(FirstErrorCode(await JsonAsync(response))));
    }

    [Fact]
    public async Task A_document_validated_before_still_has_its_variables_checked()
    {
        // The later requests reuse the validated document; their variables are checked all the same.
        static string Body(string variables) => """{"query":"query($id: ID!) { itemById(id: $id) { name } }","variables":""" + variables + "}";
        var first = await PostAsync(Body("""{"id":3}"""));
        var bad = await PostAsync(Body("""{"id":{"nested":true}}"""));
        var missing = await PostAsync(Body("{}"));
        var again = await PostAsync(Body("""{"id":4}"""));

        Assert.Equal("item 3", (await JsonAsync(first)).GetProperty("data").GetProperty("itemById").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.False(string.IsNullOrEmpty(FirstErrorCode(await JsonAsync(bad))));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("item 4", (await JsonAsync(again)).GetProperty("data").GetProperty("itemById").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_document_that_failed_validation_fails_every_time()
    {
        const string body = """{"query":"{ itemById(id: 1) { name schoenmaat } }"}""";
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var response = await PostAsync(body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("FIELDS_ON_CORRECT_TYPE", FirstErrorCode(await JsonAsync(response)));
        }
    }

    [Fact]
    public async Task Operation_name_selects_among_several_operations()
    {
        var response = await PostAsync("""{"query":"query A { hello } query B { itemById(id: 5) { name } }","operationName":"B"}""");

        var data = (await JsonAsync(response)).GetProperty("data");
        Assert.Equal("item 5", data.GetProperty("itemById").GetProperty("name").GetString());
        Assert.False(data.TryGetProperty("hello", out _));
    }
}
