using FederatedGraph.FederationTesting;
using FederatedGraph.Security.Testing;
using Xunit;
using static FederatedGraph.Gateway.EndToEnd.Tests.Security.CallerRequests;

namespace FederatedGraph.Gateway.EndToEnd.Tests.Security;

/// <summary>Every request names a processing activity this service knows, valid today and granted to the client;
/// otherwise it is refused before anything is read, at the gateway and at each registry.</summary>
public sealed class PurposeTests(Federation federation) : IClassFixture<Federation>
{
    private const string Query = "{ personen(first: 1) { nodes { naam { volledigeNaam } } } }";

    public static TheoryData<string, string?, string, string> Refusals() => new()
    {
        // target, activity, client, expected code
        { "gateway", null, "balie", "PURPOSE_REQUIRED" },
        { "brp", null, "balie", "PURPOSE_REQUIRED" },
        { "gateway", "https://gemeente-voorbeeld.example/verwerkingsactiviteiten/bestaat-niet", "balie", "PURPOSE_UNKNOWN" },
        { "brp", "https://gemeente-voorbeeld.example/verwerkingsactiviteiten/bestaat-niet", "balie", "PURPOSE_UNKNOWN" },
        { "gateway", SampleCallers.ExpiredActivity, "balie", "PURPOSE_EXPIRED" },
        { "brp", SampleCallers.ExpiredActivity, "balie", "PURPOSE_EXPIRED" },
        // The WOZ activity exists, but the balie application is not granted it.
        { "gateway", SampleCallers.WozBeschikkingActivity, "balie", "PURPOSE_NOT_ALLOWED" },
        { "brp", SampleCallers.WozBeschikkingActivity, "balie", "PURPOSE_NOT_ALLOWED" },
        // The development activity is only for the development client.
        { "gateway", SampleCallers.DevelopmentActivity, "balie", "PURPOSE_NOT_ALLOWED" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_purpose_that_is_missing_unknown_expired_or_not_granted_is_refused(string target, string? activity, string client, string code)
    {
        var before = federation.RegistryRequests();
        var response = await PostAsync(federation.Endpoint(target), Query, TestIssuer.Token(Client(client)), activity);

        Assert.Equal(403, response.Status);
        Assert.Equal([code], Codes(response));
        Assert.False(response.Json.TryGetProperty("data", out _));
        if (target == "gateway") Assert.Equal(before, federation.RegistryRequests());
    }

    [Theory]
    [InlineData("x-verwerking")]
    [InlineData("x-doelbinding")]
    public async Task The_purpose_headers_of_Dutch_BRP_gateways_are_accepted(string header)
    {
        var response = await PostAsync(federation.Endpoint("gateway"), Query, TestIssuer.Token(SampleCallers.BurgerzakenBalie), activity: null,
            (header, SampleCallers.VerhuizingActivity));

        Assert.Equal(200, response.Status);
        Assert.False(response.Json.TryGetProperty("errors", out _), response.Body);
    }

    [Fact]
    public async Task Two_different_purposes_in_one_request_are_refused()
    {
        var response = await PostAsync(federation.Endpoint("gateway"), Query, TestIssuer.Token(SampleCallers.BurgerzakenBalie),
            SampleCallers.VerhuizingActivity, ("x-doelbinding", SampleCallers.ExpiredActivity));

        Assert.Equal(403, response.Status);
        Assert.Equal(["PURPOSE_AMBIGUOUS"], Codes(response));
    }

    private static Authorization.ClientIdentity Client(string name) => name switch
    {
        "balie" => SampleCallers.BurgerzakenBalie,
        _ => SampleCallers.BelastingenWoz,
    };


}
