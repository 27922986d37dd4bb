using FederatedGraph.Caching;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FederatedGraph.Security;

/// <summary>
/// Validates bearer tokens once per token, not once per request: a client sends the same token with every request,
/// and the gateway passes it on to each registry it calls, so without this every process would check the same RSA
/// signature again and again. A successful validation is kept until the token expires (a JWT cannot be revoked before
/// then anyway); failures are never kept, so a token that becomes valid (clock skew, a new signing key) is validated
/// again. The cache is bounded, and keyed by the whole token text.
/// </summary>
internal sealed class ValidatedTokenCache(TimeProvider time) : TokenHandler
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly LruCache<string, TokenValidationResult> _valid = new(10_000);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (_valid.TryGet(token, out var cached) && cached.SecurityToken.ValidTo > time.GetUtcNow().UtcDateTime) return cached;
        var result = await _handler.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid) _valid.Add(token, result);
        return result;
    }

    public override SecurityToken ReadToken(string token) => _handler.ReadToken(token);
}
