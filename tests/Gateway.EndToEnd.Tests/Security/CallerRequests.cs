using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FederatedGraph.FederationTesting;
using FederatedGraph.Registries.Testing;
using FederatedGraph.Security;

namespace FederatedGraph.Gateway.EndToEnd.Tests.Security;

/// <summary>Requests as a particular caller sends them: its own token (or none) and its own purpose headers (or none).</summary>
internal static class CallerRequests
{
    public static async Task<GraphQLResponse> PostAsync(Uri endpoint, string query, string? token, string? activity,
        params (string Name, string Value)[] headers)
    {
        using var http = new HttpClient();
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (activity is not null) request.Headers.Add(PurposeHeaders.ProcessingActivity, activity);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        using var response = await http.SendAsync(request);
        return new GraphQLResponse((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The GraphQL endpoint of the gateway (<c>gateway</c>) or of a registry by its source schema name.</summary>
    public static Uri Endpoint(this Federation federation, string target) => target == "gateway"
        ? new Uri(federation.Client.BaseAddress!, "/graphql")
        : federation.Registries[target].GraphQLUrl;

    /// <summary>How many requests the five registries have had, to show that a refusal at the gateway asked none of them.</summary>
    public static int RegistryRequests(this Federation federation)
        => new[] { "brp", "bag", "hr", "woz", "brk" }.Sum(name => federation.Registries[name].GraphQLRequests);

    /// <summary>Every <c>extensions.code</c> of the response's errors, in order.</summary>
    public static IReadOnlyList<string> Codes(GraphQLResponse response)
        => [.. response.Json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!)];

    /// <summary>The <c>extensions.coordinate</c> of each error that names one.</summary>
    public static IReadOnlyList<string> Coordinates(GraphQLResponse response)
        => [.. response.Json.GetProperty("errors").EnumerateArray()
            .Select(e => e.GetProperty("extensions").TryGetProperty("coordinate", out var c) ? c.GetString() : null).OfType<string>()];
}
