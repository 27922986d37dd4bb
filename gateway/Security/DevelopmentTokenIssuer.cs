using System.Security.Cryptography;
using System.Text.Json;
using FederatedGraph.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FederatedGraph.Security;

/// <summary>
/// A token issuer for development and tests only: an RSA signing key made at start, an OpenID Connect discovery
/// document and a JWKS on loopback, and signed access tokens for any client. Processes trust it only in the
/// Development environment (<see cref="CallerAuthentication"/> refuses a plain-HTTP authority elsewhere).
/// </summary>
public sealed class DevelopmentTokenIssuer : IAsyncDisposable
{
    public const string DefaultAudience = "federatedgraph";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly SigningCredentials _signing;
    private readonly WebApplication _app;

    private DevelopmentTokenIssuer(WebApplication app)
    {
        _app = app;
        _signing = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = Guid.NewGuid().ToString("N") }, SecurityAlgorithms.RsaSha256);
    }

    /// <summary>The issuer URL (<c>iss</c>) and <c>Authentication:Authority</c> of the processes that trust it.</summary>
    public string Authority => _app.Urls.First();

    /// <summary>Starts the issuer on a loopback port (0: any free port).</summary>
    public static async Task<DevelopmentTokenIssuer> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var issuer = new DevelopmentTokenIssuer(builder.Build());
        issuer._app.MapGet("/.well-known/openid-configuration", (RequestDelegate)(http => WriteJsonAsync(http, new Dictionary<string, object>
        {
            ["issuer"] = issuer.Authority,
            ["jwks_uri"] = issuer.Authority + "/.well-known/jwks.json",
            ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
            ["response_types_supported"] = new[] { "token" },
            ["subject_types_supported"] = new[] { "public" },
        })));
        issuer._app.MapGet("/.well-known/jwks.json", (RequestDelegate)(http => WriteJsonAsync(http, new { keys = new[] { issuer.PublicKey() } })));
        await issuer._app.StartAsync();
        return issuer;
    }

    /// <summary>Settings that make a process trust this issuer: its authority and audience, in the Development environment,
    /// which alone accepts a plain-HTTP issuer (and development-only activities).</summary>
    public IReadOnlyList<string> TrustSettings =>
    [
        $"--Authentication:Authority={Authority}",
        $"--Authentication:Audience={DefaultAudience}",
        "--environment=Development",
    ];

    /// <summary>The headers a caller sends with every request: its token and its processing activity.</summary>
    public static IReadOnlyList<(string Name, string Value)> CallerHeaders(string token, string activity)
        => [("Authorization", "Bearer " + token), (PurposeHeaders.ProcessingActivity, activity)];

    /// <summary>Settings that make a process's Banana Cake Pop send <paramref name="headers"/> with every request
    /// (<paramref name="section"/>: <c>Gateway:Ide</c> at the gateway, <c>Ide</c> at a registry).</summary>
    public static IEnumerable<string> IdeSettings(string section, IEnumerable<(string Name, string Value)> headers)
        => headers.Select(h => $"--{section}:Headers:{h.Name}={h.Value}");

    /// <summary>A signed access token for an application of an organisation; <paramref name="user"/> makes it a user's token.</summary>
    public string CreateToken(ClientIdentity client, string? user = null, TimeSpan? lifetime = null, string audience = DefaultAudience,
        IReadOnlyDictionary<string, object>? extraClaims = null, DateTimeOffset? issuedAt = null, SigningCredentials? signing = null)
    {
        var now = issuedAt ?? DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object>
        {
            [Caller.OrganisationClaim] = client.Organisation,
            [Caller.ClientIdClaim] = client.Application,
            [Caller.SubjectClaim] = user ?? client.Application,
        };
        foreach (var (name, value) in extraClaims ?? new Dictionary<string, object>()) claims[name] = value;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + (lifetime ?? TimeSpan.FromHours(8))).UtcDateTime,
            Claims = claims,
            SigningCredentials = signing ?? _signing,
        });
    }

    private Dictionary<string, string> PublicKey()
    {
        var key = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_rsa.ExportParameters(false)) { KeyId = _signing.Key.KeyId });
        return new Dictionary<string, string> { ["kty"] = key.Kty, ["use"] = "sig", ["alg"] = SecurityAlgorithms.RsaSha256, ["kid"] = key.Kid, ["n"] = key.N, ["e"] = key.E };
    }

    private static Task WriteJsonAsync(HttpContext http, object value)
    {
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(JsonSerializer.Serialize(value), http.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _rsa.Dispose();
    }
}
