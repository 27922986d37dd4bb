using System.Text;
using FederatedGraph.FederationTesting;
using FederatedGraph.Registries.Testing;

namespace FederatedGraph.Gateway.EndToEnd.Tests;

/// <summary>Requests that cannot be executed, and how clients that accept anything are answered: the same at the
/// gateway and at every registry behind it.</summary>
public sealed class BadRequestTests(Federation federation) : IClassFixture<Federation>
{
    public static TheoryData<string> Endpoints => ["gateway", "brp", "bag", "hr", "woz", "brk"];

    private HttpClient ClientOf(string endpoint) => endpoint == "gateway" ? federation.Client : federation.Registries[endpoint].Client;

    private async Task<GraphQLResponse> PostAsync(string endpoint, string body, string? accept = "application/graphql-response+json")
        => (await SendAsync(endpoint, body, accept)).Response;

    private async Task<(GraphQLResponse Response, string? MediaType)> SendAsync(string endpoint, string body, string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        using var response = await ClientOf(endpoint).SendAsync(request);
        return (new GraphQLResponse((int)response.StatusCode, await response.Content.ReadAsStringAsync()), response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task An_unpaired_surrogate_escape_anywhere_in_the_request_is_400_MALFORMED_REQUEST(string endpoint)
    {
        string[] bodies =
        [
            """{"query": "{ __typename } # \ud800"}""",
            """{"query": "{ __typename }", "operationName": "\udc00"}""",
            """{"query": "query($s: String) { __typename }", "variables": {"s": "\ud800"}}""",
            """{"query": "{ __typename }", "extensions": {"\ud800": 1, "x": 2}}""",
        ];
        foreach (var body in bodies)
        {
            var response = await PostAsync(endpoint, body);

            Assert.Equal(400, response.Status);
            Assert.Equal("MALFORMED_REQUEST", response.FirstErrorCode);
        }
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_mutation_or_subscription_is_a_validation_error_with_its_location(string endpoint)
    {
        // Neither the composed schema nor any registry has a mutation or subscription type.
        foreach (var operation in new[] { "mutation { x }", "subscription { x }" })
        {
            var response = await PostAsync(endpoint, $$"""{"query": "{{operation}}"}""");

            Assert.Equal(400, response.Status);
            var error = response.Json.GetProperty("errors")[0];
            Assert.Equal("KNOWN_OPERATION_TYPES", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
            Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("column").GetInt32());
        }
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Clients_that_accept_anything_or_say_nothing_get_application_json(string endpoint)
    {
        foreach (var accept in new[] { "*/*", null })
        {
            var answered = await SendAsync(endpoint, """{"query": "{ __typename }"}""", accept);
            var invalid = await SendAsync(endpoint, """{"query": "{ schoenmaat }"}""", accept);

            Assert.Equal((200, "application/json"), (answered.Response.Status, answered.MediaType));
            // Under application/json a request error is still a 200.
            Assert.Equal((200, "application/json"), (invalid.Response.Status, invalid.MediaType));
            Assert.Equal("FIELDS_ON_CORRECT_TYPE", invalid.Response.FirstErrorCode);
        }
        var explicitly = await SendAsync(endpoint, """{"query": "{ schoenmaat }"}""", "application/graphql-response+json, */*");
        Assert.Equal((400, "application/graphql-response+json"), (explicitly.Response.Status, explicitly.MediaType));
    }
}
