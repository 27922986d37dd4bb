using System.Security.Claims;
using FederatedGraph.Authorization;

namespace FederatedGraph.Security;

/// <summary>
/// Who asks, from the claims of a validated bearer token: the organisation (OIN, claim <c>oin</c>), its application
/// (OAuth client id, claim <c>client_id</c>, else <c>azp</c>), the token's subject (<c>sub</c>), and the user where
/// the subject is a person rather than the application itself.
/// </summary>
public sealed record Caller(ClientIdentity Client, string Subject, string? User)
{
    public const string OrganisationClaim = "oin";
    public const string ClientIdClaim = "client_id";
    public const string AuthorizedPartyClaim = "azp";
    public const string SubjectClaim = "sub";

    /// <summary>The caller of a validated token; null when the token does not say which organisation and application call.</summary>
    public static Caller? From(ClaimsPrincipal principal)
    {
        var organisation = principal.FindFirstValue(OrganisationClaim);
        var application = principal.FindFirstValue(ClientIdClaim) ?? principal.FindFirstValue(AuthorizedPartyClaim);
        var subject = principal.FindFirstValue(SubjectClaim);
        if (string.IsNullOrWhiteSpace(organisation) || string.IsNullOrWhiteSpace(application) || string.IsNullOrWhiteSpace(subject)) return null;
        // Under client credentials the subject is the application itself: then there is no user.
        return new Caller(new ClientIdentity(organisation, application), subject, subject == application ? null : subject);
    }
}

/// <summary>A caller that passed the gate: known, with a processing activity it may use, and what that allows.</summary>
public sealed record AdmittedCaller(Caller Caller, Permission Permission)
{
    public ProcessingActivity Activity => Permission.Activity;
}
