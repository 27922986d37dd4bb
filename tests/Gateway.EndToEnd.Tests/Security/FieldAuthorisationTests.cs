using System.Text.Json;
using FederatedGraph.FederationTesting;
using FederatedGraph.Security.Testing;
using Xunit;
using static FederatedGraph.Gateway.EndToEnd.Tests.Security.CallerRequests;

namespace FederatedGraph.Gateway.EndToEnd.Tests.Security;

/// <summary>
/// Each purpose sees exactly what its authorisation names: one field outside it refuses the whole request with the
/// coordinate named, at the gateway before any registry is asked, and at the registry that holds the data when it is
/// called directly. Lookups the gateway makes for a caller are judged by the fields they return.
/// </summary>
public sealed class FieldAuthorisationTests(Federation federation) : IClassFixture<Federation>
{
    /// <summary>WOZ objects with their owners; the owners' partners reached through a fragment on a union member.</summary>
    private const string OwnersWithPartners = """
        query Eigenaren {
          wozObjecten(first: 3, order: [{ wozObjectnummer: ASC }]) {
            nodes {
              wozObjectnummer
              waarden { vastgesteldeWaarde }
              belanghebbenden { soort belanghebbende { __typename ...Eigenaar } }
            }
          }
        }
        fragment Eigenaar on Belanghebbende {
          ... on Persoon { naam { volledigeNaam } relaties: partners { naam { volledigeNaam } } }
        }
        """;

    private const string OwnersWithNames = """
        {
          wozObjecten(first: 5, order: [{ wozObjectnummer: ASC }]) {
            nodes {
              wozObjectnummer
              waarden { vastgesteldeWaarde waardepeildatum }
              belanghebbenden { soort belanghebbende { __typename ... on Persoon { naam { volledigeNaam } } } }
            }
          }
        }
        """;

    private Uri Gateway => federation.Endpoint("gateway");

    private static string WozToken => TestIssuer.Token(SampleCallers.BelastingenWoz);

    [Fact]
    public async Task The_WOZ_activity_reads_a_WOZ_value_and_its_owners_name()
    {
        var response = await PostAsync(Gateway, OwnersWithNames, WozToken, SampleCallers.WozBeschikkingActivity);

        Assert.Equal(200, response.Status);
        Assert.False(response.Json.TryGetProperty("errors", out _), response.Body);
        var nodes = response.Data.GetProperty("wozObjecten").GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(nodes, node => Assert.True(node.GetProperty("waarden")[0].GetProperty("vastgesteldeWaarde").GetInt32() > 0));
        var owners = nodes.SelectMany(n => n.GetProperty("belanghebbenden").EnumerateArray())
            .Select(b => b.GetProperty("belanghebbende")).Where(b => b.GetProperty("__typename").GetString() == "Persoon").ToList();
        Assert.NotEmpty(owners);
        Assert.All(owners, owner => Assert.False(string.IsNullOrWhiteSpace(owner.GetProperty("naam").GetProperty("volledigeNaam").GetString())));
    }

    [Fact]
    public async Task One_forbidden_field_behind_a_union_fragment_refuses_the_whole_request_and_no_registry_is_asked()
    {
        var before = federation.RegistryRequests();

        var response = await PostAsync(Gateway, OwnersWithPartners, WozToken, SampleCallers.WozBeschikkingActivity);

        Assert.Equal(403, response.Status);
        Assert.Equal(["UNAUTHORIZED_FIELD"], Codes(response));
        Assert.Equal(["Persoon.partners"], Coordinates(response));
        Assert.False(response.Json.TryGetProperty("data", out _));
        Assert.Equal(before, federation.RegistryRequests());
    }

    [Fact]
    public async Task Every_forbidden_field_and_argument_is_listed()
    {
        const string query = """
            { persoon(burgerservicenummer: "999990019") { naam { volledigeNaam } geboorte { datum } kinderen { burgerservicenummer } } }
            """;

        var response = await PostAsync(Gateway, query, WozToken, SampleCallers.WozBeschikkingActivity);

        Assert.Equal(403, response.Status);
        Assert.Equal(["Query.persoon", "Persoon.geboorte", "Geboorte.datum", "Persoon.kinderen", "Query.persoon(burgerservicenummer:)"], Coordinates(response));
        Assert.Equal(["UNAUTHORIZED_FIELD", "UNAUTHORIZED_FIELD", "UNAUTHORIZED_FIELD", "UNAUTHORIZED_FIELD", "UNAUTHORIZED_PARAMETER"], Codes(response));
    }

    [Fact]
    public async Task The_registry_refuses_the_same_field_when_called_directly()
    {
        var bsn = federation.Sample.Brp.Personen.First(p => p.Partners.Count > 0).Burgerservicenummer;
        var query = $$"""{ persoon(burgerservicenummer: "{{bsn}}") { naam { volledigeNaam } partners { naam { volledigeNaam } } } }""";

        var refused = await PostAsync(federation.Registries.Brp.GraphQLUrl, query, WozToken, SampleCallers.WozBeschikkingActivity);
        var allowed = await PostAsync(federation.Registries.Brp.GraphQLUrl, query.Replace("partners { naam { volledigeNaam } }", ""),
            WozToken, SampleCallers.WozBeschikkingActivity);

        Assert.Equal(403, refused.Status);
        Assert.Equal(["Persoon.partners"], Coordinates(refused));
        Assert.False(refused.Json.TryGetProperty("data", out _));
        // persoon(burgerservicenummer:) is a lookup: the registry judges it by the fields it returns, as it does for the gateway.
        Assert.Equal(200, allowed.Status);
        Assert.False(string.IsNullOrEmpty(allowed.Data.GetProperty("persoon").GetProperty("naam").GetProperty("volledigeNaam").GetString()));
    }

    [Fact]
    public async Task Introspection_under_two_purposes_shows_two_schemas()
    {
        var woz = await Types(SampleCallers.BelastingenWoz, SampleCallers.WozBeschikkingActivity);
        var verhuizing = await Types(SampleCallers.BurgerzakenBalie, SampleCallers.VerhuizingActivity);

        Assert.Contains("WozObject", woz.Keys);
        Assert.DoesNotContain("partners", woz["Persoon"]);
        Assert.Contains("naam", woz["Persoon"]);
        Assert.DoesNotContain("WozObject", verhuizing.Keys);
        Assert.DoesNotContain("MaatschappelijkeActiviteit", verhuizing.Keys);
        Assert.Contains("partners", verhuizing["Persoon"]);
        Assert.DoesNotContain("wozObjecten", verhuizing["Query"]);
        Assert.Contains("personen", verhuizing["Query"]);
    }

    [Fact]
    public async Task A_type_outside_the_purpose_cannot_be_looked_up_by_name()
    {
        const string query = """{ __type(name: "WozObject") { name fields { name } } }""";

        var response = await PostAsync(Gateway, query, TestIssuer.Token(SampleCallers.BurgerzakenBalie), SampleCallers.VerhuizingActivity);

        Assert.Equal(200, response.Status);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("__type").ValueKind);
    }

    /// <summary>The object types and their fields the caller's introspection shows.</summary>
    private async Task<Dictionary<string, HashSet<string>>> Types(Authorization.ClientIdentity client, string activity)
    {
        const string query = "{ __schema { types { name kind fields { name } } } }";
        var response = await PostAsync(Gateway, query, TestIssuer.Token(client), activity);
        Assert.Equal(200, response.Status);
        return response.Data.GetProperty("__schema").GetProperty("types").EnumerateArray()
            .Where(t => t.GetProperty("kind").GetString() == "OBJECT" && !t.GetProperty("name").GetString()!.StartsWith("__"))
            .ToDictionary(t => t.GetProperty("name").GetString()!,
                t => t.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToHashSet());
    }

}
