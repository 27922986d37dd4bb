using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FederatedGraph.Security;

/// <summary>The <c>Authentication</c> section: the authority whose JWKS signs the tokens, and the audience they are for.</summary>
public sealed class CallerAuthenticationOptions
{
    public const string Section = "Authentication";

    /// <summary>The token issuer; its <c>/.well-known/openid-configuration</c> names the JWKS. HTTPS, except a
    /// loopback development issuer in the Development environment.</summary>
    public string? Authority { get; set; }

    /// <summary>The <c>aud</c> every token must carry; one audience for the gateway and the registries, since the
    /// gateway passes the caller's own token on.</summary>
    public string? Audience { get; set; }

    public int ClockSkewSeconds { get; set; } = 30;
}

/// <summary>A process cannot start because its security settings are missing or unsafe.</summary>
public sealed class SecurityConfigurationException(string message) : Exception(message);

public static class CallerAuthentication
{
    /// <summary>Validates bearer tokens (issuer, audience, lifetime, signature against the authority's JWKS). Throws
    /// <see cref="SecurityConfigurationException"/> when the settings are missing, or name a plain-HTTP authority outside Development.</summary>
    public static IServiceCollection AddCallerAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(CallerAuthenticationOptions.Section).Get<CallerAuthenticationOptions>() ?? new();
        if (string.IsNullOrWhiteSpace(options.Authority) || string.IsNullOrWhiteSpace(options.Audience))
            throw new SecurityConfigurationException(
                "Authentication:Authority and Authentication:Audience must be set: without them no caller can be known, so nothing would be served. " +
                "For a local run use the launcher, which starts a development token issuer.");
        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority))
            throw new SecurityConfigurationException($"Authentication:Authority '{options.Authority}' is not an absolute URL.");
        var https = authority.Scheme == Uri.UriSchemeHttps;
        if (!https && !(environment.IsDevelopment() && authority.IsLoopback))
            throw new SecurityConfigurationException(
                $"Authentication:Authority '{options.Authority}' is not HTTPS. Only a loopback development issuer may use plain HTTP, and only in the Development environment.");

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.Authority = options.Authority;
            jwt.Audience = options.Audience;
            jwt.RequireHttpsMetadata = https;
            // Keep the token's own claim names (oin, client_id, sub) instead of the WS-Federation URIs.
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(options.ClockSkewSeconds);
            jwt.TokenHandlers.Clear();
            jwt.TokenHandlers.Add(new ValidatedTokenCache(TimeProvider.System));
        });
        return services;
    }
}
