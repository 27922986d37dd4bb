using System.Net;
using System.Text.Json;
using FederatedGraph.Tests.Shared;
using static FederatedGraph.Gateway.Host.Tests.GatewayServer;

namespace FederatedGraph.Gateway.Host.Tests;

/// <summary><c>Gateway:Subgraphs</c>: the gateway composes Apollo subgraphs from their SDL at start.</summary>
public sealed class ApolloSubgraphsHostTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("fg-subgraphs-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    /// <summary>A subgraph list with each subgraph's SDL in a file next to it; <paramref name="catalog"/>, when given, replaces the catalog's SDL.</summary>
    private string SubgraphList(string? catalog = null)
    {
        foreach (var (name, _, sdl) in ShopSubgraphs.All)
            File.WriteAllText(Path.Combine(directory, name + ".graphqls"), name == "catalog" && catalog is not null ? catalog : sdl);
        var path = Path.Combine(directory, "subgraphs.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            subgraphs = ShopSubgraphs.All.Select(s => new { name = s.Name, url = s.Url, sdlFile = s.Name + ".graphqls" }),
        }));
        return path;
    }

    [Fact]
    public async Task The_gateway_runs_on_the_composed_subgraphs()
    {
        // An Apollo federation grants no processing activities: development callers go anonymous.
        await using var server = await StartAsync($"--Gateway:Subgraphs={SubgraphList()}", "--environment=Development", "--Gateway:AnonymousCallers=true");

        var health = await JsonAsync(await server.Client.GetAsync("/health"));
        Assert.Equal(["catalog", "reviews", "shipping", "stock"],
            health.GetProperty("sourceSchemas").EnumerateArray().Select(s => s.GetProperty("name").GetString()).Order());
        var response = await server.QueryAsync("{ __type(name: \"Product\") { fields { name } } }");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fields = (await JsonAsync(response)).GetProperty("data").GetProperty("__type").GetProperty("fields").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.Contains("insurance", fields);
        Assert.DoesNotContain("internalCode", fields);
    }

    [Fact]
    public void Subgraphs_that_do_not_compose_stop_the_start_with_the_composition_errors()
    {
        var list = SubgraphList(catalog: """extend schema @link(url: "https://specs.apollo.dev/federation/v3.0") type Query { a: Int }""");

        var exception = Assert.Throws<GatewayStartupException>(() => GatewayHost.Build(["--urls=http://127.0.0.1:0", $"--Gateway:Subgraphs={list}"]));

        Assert.Contains("APOLLO_UNSUPPORTED_FEDERATION_VERSION", exception.Message);
    }

    [Fact]
    public void A_missing_sdl_file_stops_the_start_with_its_path()
    {
        var list = SubgraphList();
        File.Delete(Path.Combine(directory, "stock.graphqls"));

        var exception = Assert.Throws<GatewayStartupException>(() => GatewayHost.Build(["--urls=http://127.0.0.1:0", $"--Gateway:Subgraphs={list}"]));

        Assert.Contains("stock.graphqls", exception.Message);
    }
}
