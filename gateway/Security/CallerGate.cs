using FederatedGraph.Authorization;
using FederatedGraph.GraphQLOverHttp;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace FederatedGraph.Security;

/// <summary>Who a request comes from and what it may ask; <see cref="CallerGate"/> is the one every process runs.</summary>
public interface ICallerGate
{
    /// <summary>The admitted caller; throws <see cref="GraphQLRequestException"/> with the status and code of the refusal.</summary>
    Task<AdmittedCaller> AdmitAsync(HttpContext http);
}

/// <summary>
/// The first thing every GraphQL request meets, at the gateway and at each registry: a valid token (401
/// <c>UNAUTHENTICATED</c> otherwise), a known client in it, and a processing activity this process knows, valid today
/// and granted to that client (403 with a <c>PURPOSE_*</c> code otherwise). Nothing is parsed or executed before.
/// </summary>
public sealed class CallerGate(ActivityRegister register, TimeProvider time) : ICallerGate
{
    /// <summary>The admitted caller; throws <see cref="GraphQLRequestException"/> with the status and code of the refusal.</summary>
    public async Task<AdmittedCaller> AdmitAsync(HttpContext http)
    {
        var authentication = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!authentication.Succeeded)
            throw Refused(StatusCodes.Status401Unauthorized, AuthorizationErrorCodes.Unauthenticated, authentication.Failure switch
            {
                null => "A bearer token is required (Authorization: Bearer <token>).",
                SecurityTokenExpiredException => "The bearer token has expired.",
                _ => "The bearer token is not valid: it is malformed, for another audience or issuer, or not signed by the trusted authority.",
            });
        var caller = Caller.From(authentication.Principal!)
            ?? throw Refused(StatusCodes.Status403Forbidden, AuthorizationErrorCodes.ClientUnknown,
                $"The token must name the organisation ('{Caller.OrganisationClaim}'), the application ('{Caller.ClientIdClaim}') and a subject ('{Caller.SubjectClaim}').");

        var decision = register.Decide(PurposeHeaders.Read(http.Request.Headers), caller.Client, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        return decision.Permission is { } permission
            ? new AdmittedCaller(caller, permission)
            : throw Refused(StatusCodes.Status403Forbidden, decision.Code!, decision.Message!);
    }

    /// <summary>The operation uses fields or arguments outside the caller's permission: the whole request is refused,
    /// one error per coordinate.</summary>
    public static void Authorise(OperationCoordinates coordinates, AdmittedCaller caller)
    {
        var unauthorised = coordinates.Unauthorised(caller.Permission);
        if (unauthorised.Count == 0) return;
        throw new GraphQLRequestException(StatusCodes.Status403Forbidden, [.. unauthorised.Select(use => new GraphQLRequestError(
            $"The processing activity '{caller.Activity.Name}' does not allow {(use.IsParameter ? "the argument" : "the field")} {use.Coordinate}.",
            use.IsParameter ? AuthorizationErrorCodes.UnauthorizedParameter : AuthorizationErrorCodes.UnauthorizedField,
            use.Coordinate))]);
    }

    private static GraphQLRequestException Refused(int status, string code, string message) => new(status, code, message);
}
