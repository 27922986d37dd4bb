using FederatedGraph.Authorization;
using FederatedGraph.GraphQLOverHttp;
using Microsoft.AspNetCore.Http;

namespace FederatedGraph.Security;

/// <summary>
/// The request headers that name the processing activity (the purpose, doelbinding) of a request. Ours is
/// <c>X-Processing-Activity</c>; <c>x-verwerking</c> and <c>x-doelbinding</c>, which Dutch BRP gateways use for the
/// same, are accepted too, so existing clients fit. Naming two different activities is refused.
/// </summary>
public static class PurposeHeaders
{
    public const string ProcessingActivity = "X-Processing-Activity";

    public static readonly IReadOnlyList<string> Accepted = [ProcessingActivity, "x-verwerking", "x-doelbinding"];

    /// <summary>The activity the request names; null when it names none.</summary>
    public static string? Read(IHeaderDictionary headers)
    {
        var named = Accepted
            .Select(name => headers.TryGetValue(name, out var values) ? values.ToString().Trim() : "")
            .Where(value => value.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return named.Count switch
        {
            0 => null,
            1 => named[0],
            _ => throw new GraphQLRequestException(StatusCodes.Status403Forbidden, AuthorizationErrorCodes.PurposeAmbiguous,
                $"The request names {named.Count} different processing activities in {string.Join(", ", Accepted)}; name one."),
        };
    }
}
