using System.Net.Http.Json;
using System.Text.Json;
using FederatedGraph.Security.Testing;

namespace FederatedGraph.Subgraphs.Toolkit.Tests.Http;

/// <summary>A registry's introspection shows each caller what its purpose allows: everything to a caller that may see
/// everything (with the types of the composite directives' arguments, which the IDE needs to build the schema), and
/// only the granted fields, arguments and the types they reach to a narrower one.</summary>
public sealed class CallerIntrospectionTests : IAsyncLifetime
{
    private const string Introspection = "{ __schema { types { name fields { name args { name } } } directives { name args { type { name ofType { name } } } } } }";

    private TestSubgraphServer _server = null!;

    public async Task InitializeAsync() => _server = await TestSubgraphServer.StartAsync();
    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_caller_that_may_see_everything_gets_every_type_the_directives_name_too()
    {
        var schema = await SchemaAsync(_server.Client);

        var types = TypeNames(schema);
        Assert.Contains("Item", types);
        Assert.Contains("Mutation", types);
        var directiveArgumentTypes = schema.GetProperty("directives").EnumerateArray()
            .SelectMany(d => d.GetProperty("args").EnumerateArray())
            .Select(a => a.GetProperty("type") is var t && t.GetProperty("name").GetString() is { } name ? name : t.GetProperty("ofType").GetProperty("name").GetString()!);
        Assert.All(directiveArgumentTypes, type => Assert.Contains(type, types));
    }

    [Fact]
    public async Task A_narrow_purpose_sees_only_its_fields_and_the_types_they_reach()
    {
        using var client = TestIssuer.Authorise(new HttpClient { BaseAddress = _server.Client.BaseAddress }, SampleCallers.BurgerzakenBalie, SampleCallers.VerhuizingActivity);

        var schema = await SchemaAsync(client);

        var query = schema.GetProperty("types").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Query");
        Assert.Equal(["hello"], query.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        // Item.id and Item.name are granted, but no granted field leads to Item.
        Assert.DoesNotContain("Item", TypeNames(schema));
        Assert.DoesNotContain("Mutation", TypeNames(schema));
    }

    private static async Task<JsonElement> SchemaAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query = Introspection });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("data").GetProperty("__schema").Clone();
    }

    private static HashSet<string> TypeNames(JsonElement schema)
        => schema.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToHashSet();
}
