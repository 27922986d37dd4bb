using System.Text.Json;
using FederatedGraph.FederationTesting;
using FederatedGraph.ProcessingLog;
using FederatedGraph.Registries.Testing;
using FederatedGraph.Security.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.ApolloInterop.Tests;

/// <summary>One Apollo Gateway and federation for all tests of this project: starting them is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class ApolloCollection : ICollectionFixture<ApolloGateway>
{
    public const string Name = "Apollo Gateway";
}

/// <summary>
/// Apollo Gateway in front of the five registries, as a municipality could run it instead of ours: the same answers to
/// the README's queries, the same callers refused by the registries, and the same processing log at the source.
/// </summary>
[Collection(ApolloCollection.Name)]
public sealed class ApolloGatewayTests(ApolloGateway apollo)
{
    private const string WozOwnersAndUsers = """
        query OwnersAndUsers {
          wozObjecten(first: 2, order: [{ wozObjectnummer: ASC }]) {
            nodes { wozObjectnummer belanghebbenden { soort belanghebbende { ... on Persoon { burgerservicenummer naam { volledigeNaam } } } } }
          }
        }
        """;

    private Federation Federation => apollo.Federation;

    public static TheoryData<int> Examples() => [.. Enumerable.Range(1, ReadmeExamples.Read().Count)];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task A_readme_example_answers_the_same_through_Apollo_Gateway(int number)
    {
        var query = ReadmeExamples.Read()[number - 1];
        using var client = TestIssuer.AuthoriseAsDeveloper(apollo.Client());

        var ours = await Federation.QueryAsync(query);
        var theirs = await Federation.QueryAsync(client, query);

        Assert.False(ours.Json.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.False(theirs.Json.TryGetProperty("errors", out errors), errors.ToString());
        Assert.Equal(200, theirs.Status);
        // Both keep the order the query asks for, so the data compare as text.
        Assert.Equal(Compact(ours.Data), Compact(theirs.Data));
    }

    [Fact]
    public async Task Without_a_token_the_registry_refuses_Apollo_Gateways_call_and_no_data_comes_back()
    {
        using var client = apollo.Client();

        var response = await Federation.QueryAsync(client, WozOwnersAndUsers);

        var error = Assert.Single(response.Json.GetProperty("errors").EnumerateArray());
        Assert.Equal("UNAUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(401, error.GetProperty("extensions").GetProperty("response").GetProperty("status").GetInt32());
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("wozObjecten").ValueKind);
    }

    [Fact]
    public async Task Without_a_purpose_the_registry_refuses_Apollo_Gateways_call_and_no_data_comes_back()
    {
        using var client = apollo.Client();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestIssuer.Token(SampleCallers.Development));

        var response = await Federation.QueryAsync(client, WozOwnersAndUsers);

        var error = Assert.Single(response.Json.GetProperty("errors").EnumerateArray());
        Assert.Equal(403, error.GetProperty("extensions").GetProperty("response").GetProperty("status").GetInt32());
        Assert.Equal("PURPOSE_REQUIRED", RegistryErrorCode(error));
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("wozObjecten").ValueKind);
    }

    [Fact]
    public async Task A_registry_refuses_entity_fields_the_purpose_does_not_allow()
    {
        // The WOZ-beschikking may see the names of owners and users, not their birth dates. The WOZ answers its part,
        // the BRP judges the _entities call by the fields selected in it.
        using var client = TestIssuer.Authorise(apollo.Client(), SampleCallers.BelastingenWoz, SampleCallers.WozBeschikkingActivity);

        var allowed = await Federation.QueryAsync(client, WozOwnersAndUsers);
        var refused = await Federation.QueryAsync(client, WozOwnersAndUsers.Replace("naam { volledigeNaam }", "naam { volledigeNaam } geboorte { datum }"));

        Assert.False(allowed.Json.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.NotEmpty(Names(allowed.Data));
        var error = Assert.Single(refused.Json.GetProperty("errors").EnumerateArray());
        Assert.Equal(403, error.GetProperty("extensions").GetProperty("response").GetProperty("status").GetInt32());
        Assert.Equal("UNAUTHORIZED_FIELD", RegistryErrorCode(error));
        Assert.Contains("Persoon.geboorte", error.GetProperty("extensions").GetProperty("response").GetProperty("body").GetRawText());
        // The WOZ answered, but without the persons' non-null names the page's nodes are null: nothing of them leaves.
        Assert.Equal(JsonValueKind.Null, refused.Data.GetProperty("wozObjecten").GetProperty("nodes").ValueKind);
        Assert.DoesNotContain("\"datum\":\"", refused.Body);
    }

    [Fact]
    public async Task A_query_through_Apollo_Gateway_is_logged_at_each_registry_that_returned_a_person()
    {
        using var client = TestIssuer.AuthoriseAsDeveloper(apollo.Client());

        var response = await Federation.QueryAsync(client, WozOwnersAndUsers);

        Assert.False(response.Json.TryGetProperty("errors", out var errors), errors.ToString());
        var bsns = Bsns(response.Data).ToList();
        Assert.NotEmpty(bsns);
        // The WOZ returned the users among its belanghebbenden; the BRP their names, through _entities. Apollo Gateway
        // names each registry's operation after the client's, which the records carry.
        foreach (var registry in new[] { "woz", "brp" })
        {
            var store = Federation.Registries[registry].Services.GetRequiredService<ProcessingLogStore>();
            foreach (var bsn in bsns)
            {
                var records = await store.ReadAsync(new ProcessingRecordFilter { DataSubjectId = TestIssuer.Pseudonymiser(registry).Pseudonymise("BSN", bsn) }, default);
                Assert.Contains(records, record => record.Name.StartsWith($"{registry}: OwnersAndUsers__{registry}__", StringComparison.Ordinal)
                                                   && record.ProcessingActivityId == SampleCallers.DevelopmentActivity
                                                   && record.ProcessorApplication == SampleCallers.Development.Application);
            }
        }
    }

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);

    /// <summary>The code of the registry's own refusal, which Apollo Gateway passes on in the body it got.</summary>
    private static string? RegistryErrorCode(JsonElement error)
        => error.GetProperty("extensions").GetProperty("response").GetProperty("body").GetProperty("errors")[0]
            .GetProperty("extensions").GetProperty("code").GetString();

    private static IEnumerable<JsonElement> Persons(JsonElement data)
        => data.GetProperty("wozObjecten").GetProperty("nodes").EnumerateArray()
            .SelectMany(node => node.GetProperty("belanghebbenden").EnumerateArray())
            .Select(belanghebbende => belanghebbende.GetProperty("belanghebbende"))
            .Where(person => person.ValueKind == JsonValueKind.Object && person.TryGetProperty("burgerservicenummer", out _));

    private static IEnumerable<string> Bsns(JsonElement data) => Persons(data).Select(person => person.GetProperty("burgerservicenummer").GetString()!);

    private static IEnumerable<string> Names(JsonElement data)
        => Persons(data).Where(person => person.GetProperty("naam").ValueKind == JsonValueKind.Object)
            .Select(person => person.GetProperty("naam").GetProperty("volledigeNaam").GetString()!);
}
