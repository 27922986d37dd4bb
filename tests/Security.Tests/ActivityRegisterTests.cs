using FederatedGraph.Authorization;

namespace FederatedGraph.Security.Tests;

public sealed class ActivityRegisterTests
{
    private static readonly ClientIdentity Balie = new("00000001999999999000", "balie");
    private static readonly ClientIdentity Portaal = new("00000001999999999000", "portaal");
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static ProcessingActivity Activity(string id, DateOnly? from = null, DateOnly? until = null, bool developmentOnly = false,
        params ActivityGrant[] grants) => new()
    {
        Id = id, Version = "1", Name = id, ValidFrom = from, ValidUntil = until, DevelopmentOnly = developmentOnly, Grants = grants,
    };

    private static ActivityGrant Grant(ClientIdentity client, params string[] fields) => new() { Clients = [client], Fields = fields };

    [Fact]
    public void A_granted_valid_activity_gives_the_union_of_the_grants_that_admit_the_client()
    {
        var register = new ActivityRegister([Activity("urn:a", grants: [Grant(Balie, "Persoon.naam"), Grant(Balie, "Persoon.geboorte"), Grant(Portaal, "Persoon.partners")])], isDevelopment: false);

        var permission = register.Decide("urn:a", Balie, Today).Permission!;

        Assert.True(permission.AllowsField("Persoon", "naam"));
        Assert.True(permission.AllowsField("Persoon", "geboorte"));
        Assert.False(permission.AllowsField("Persoon", "partners"));
        Assert.Same(permission, register.Decide("urn:a", Balie, Today).Permission);
    }

    [Theory]
    [InlineData(null, "PURPOSE_REQUIRED")]
    [InlineData(" ", "PURPOSE_REQUIRED")]
    [InlineData("urn:onbekend", "PURPOSE_UNKNOWN")]
    [InlineData("urn:verlopen", "PURPOSE_EXPIRED")]
    [InlineData("urn:toekomst", "PURPOSE_EXPIRED")]
    [InlineData("urn:portaal", "PURPOSE_NOT_ALLOWED")]
    [InlineData("urn:ontwikkeling", "PURPOSE_UNKNOWN")]
    public void A_purpose_that_cannot_be_used_is_refused_with_its_reason(string? activity, string code)
    {
        var register = new ActivityRegister(
        [
            Activity("urn:verlopen", until: Today.AddDays(-1), grants: Grant(Balie, "*")),
            Activity("urn:toekomst", from: Today.AddDays(1), grants: Grant(Balie, "*")),
            Activity("urn:portaal", grants: Grant(Portaal, "*")),
            Activity("urn:ontwikkeling", developmentOnly: true, grants: Grant(Balie, "*")),
        ], isDevelopment: false);

        var decision = register.Decide(activity, Balie, Today);

        Assert.Null(decision.Permission);
        Assert.Equal(code, decision.Code);
    }

    [Fact]
    public void Development_only_activities_count_in_Development()
    {
        var register = new ActivityRegister([Activity("urn:ontwikkeling", developmentOnly: true, grants: Grant(Balie, "*"))], isDevelopment: true);

        Assert.True(register.Decide("urn:ontwikkeling", Balie, Today).Permission!.AllowsParameter("Query.personen(where:)"));
    }

    [Fact]
    public void The_last_day_of_validity_still_counts()
    {
        var register = new ActivityRegister([Activity("urn:a", from: Today, until: Today, grants: Grant(Balie, "*"))], isDevelopment: false);

        Assert.NotNull(register.Decide("urn:a", Balie, Today).Permission);
    }
}
