using System.Security.Cryptography;
using FederatedGraph.FederationTesting;
using FederatedGraph.Security;
using FederatedGraph.Security.Testing;
using Microsoft.IdentityModel.Tokens;
using Xunit;
using static FederatedGraph.Gateway.EndToEnd.Tests.Security.CallerRequests;

namespace FederatedGraph.Gateway.EndToEnd.Tests.Security;

/// <summary>
/// Tokens are validated at the gateway and, independently, at every registry, against the issuer's JWKS over HTTP:
/// without a valid one nothing is answered, and a refusal at the gateway costs no registry a request.
/// </summary>
public sealed class AuthenticationTests(Federation federation) : IClassFixture<Federation>
{
    private const string PersonQuery = "{ personen(first: 1) { nodes { burgerservicenummer naam { volledigeNaam } } } }";

    public static TheoryData<string, string> Targets()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in new[] { "gateway", "brp", "bag", "hr", "woz", "brk" })
            foreach (var token in new[] { "none", "expired", "wrong-audience", "wrongly-signed", "garbage", "no-client" })
                data.Add(target, token);
        return data;
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Without_a_valid_token_nothing_is_answered(string target, string token)
    {
        var before = federation.RegistryRequests();
        var response = await PostAsync(federation.Endpoint(target), Query(target), Token(token), SampleCallers.DevelopmentActivity);

        Assert.Equal(token == "no-client" ? 403 : 401, response.Status);
        Assert.Equal([token == "no-client" ? "CLIENT_UNKNOWN" : "UNAUTHENTICATED"], Codes(response));
        Assert.False(response.Json.TryGetProperty("data", out _));
        if (target == "gateway") Assert.Equal(before, federation.RegistryRequests());
    }

    [Theory]
    [InlineData("gateway")] [InlineData("brp")] [InlineData("bag")] [InlineData("hr")] [InlineData("woz")] [InlineData("brk")]
    public async Task A_valid_token_with_a_granted_purpose_is_answered(string target)
    {
        var response = await PostAsync(federation.Endpoint(target), Query(target), TestIssuer.Token(SampleCallers.Development), SampleCallers.DevelopmentActivity);

        Assert.Equal(200, response.Status);
        Assert.False(response.Json.TryGetProperty("errors", out _), response.Body);
    }

    [Fact]
    public async Task The_401_says_how_to_authenticate()
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(federation.Endpoint("gateway"), new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [InlineData("gateway")] [InlineData("brp")]
    public async Task Health_stays_open(string target)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(federation.Endpoint(target), "/health"));

        Assert.True(response.IsSuccessStatusCode);
    }

    [Fact]
    public async Task A_registry_serves_its_source_schema_to_known_callers_only()
    {
        using var http = new HttpClient();
        var schemaUrl = new Uri(federation.Endpoint("brp"), "/graphql/schema.graphqls");
        using var anonymous = await http.GetAsync(schemaUrl);
        using var request = new HttpRequestMessage(HttpMethod.Get, schemaUrl);
        request.Headers.Authorization = new("Bearer", TestIssuer.Token(SampleCallers.BelastingenWoz));
        using var known = await http.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.True(known.IsSuccessStatusCode);
        Assert.Contains("type Persoon", await known.Content.ReadAsStringAsync());
    }


    private static string Query(string target) => target switch
    {
        "gateway" or "brp" => PersonQuery,
        "bag" => "{ woonplaatsen(first: 1) { nodes { naam } } }",
        "hr" => "{ maatschappelijkeActiviteiten(first: 1) { nodes { naam } } }",
        "woz" => "{ wozObjecten(first: 1) { nodes { wozObjectnummer } } }",
        _ => "{ kadastraleOnroerendeZaken(first: 1) { nodes { identificatie } } }",
    };

    private static string? Token(string kind)
    {
        var issuer = TestIssuer.Instance;
        var client = SampleCallers.Development;
        return kind switch
        {
            "none" => null,
            "expired" => issuer.CreateToken(client, lifetime: TimeSpan.FromMinutes(10), issuedAt: DateTimeOffset.UtcNow.AddHours(-1)),
            "wrong-audience" => issuer.CreateToken(client, audience: "een-andere-dienst"),
            "wrongly-signed" => issuer.CreateToken(client, signing: new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)), SecurityAlgorithms.RsaSha256)),
            "garbage" => "dit-is-geen-token",
            // Signed and valid, but it does not say which organisation calls.
            "no-client" => issuer.CreateToken(client, extraClaims: new Dictionary<string, object> { [Caller.OrganisationClaim] = "" }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

}
