using FederatedGraph.Composition.Apollo;
using FederatedGraph.Tests.Shared;

namespace FederatedGraph.Gateway.Execution.Tests;

/// <summary>
/// Apollo subgraphs over HTTP (fakes, on <see cref="ShopSupergraph"/>): one <c>_entities</c> call for all entities of
/// a fetch, one representation per distinct key, none for an entity without its key, and a null entity answered
/// as null fields.
/// </summary>
public sealed class ApolloEntitiesExecutionTests
{
    [Fact]
    public async Task Entities_are_fetched_in_one_call_with_distinct_representations_and_null_entities_stay_null()
    {
        await using var catalog = await FakeSubgraph.AnsweringAsync("""
            {"data":{"products":[
              {"name":"Tent","_fg_sku":{"code":"T1","region":"EU"}},
              {"name":"Tent again","_fg_sku":{"code":"T1","region":"EU"}},
              {"name":"Stove","_fg_sku":{"code":"S1","region":"EU"}},
              {"name":"Unknown","_fg_sku":null}]}}
            """);
        // The stock subgraph knows the tent and not the stove.
        await using var stock = await FakeSubgraph.AnsweringAsync("""{"data":{"_entities":[{"inStock":true},null]}}""");
        var configuration = SupergraphReader.Read(ShopSupergraph.Sdl).Configuration;
        using var gateway = new Gateway(configuration, new Dictionary<string, string> { ["catalog"] = catalog.Url, ["stock"] = stock.Url });

        var response = await gateway.ExecuteAsync("{ products { name inStock } }");

        Assert.Equal(
            """[{"name":"Tent","inStock":true},{"name":"Tent again","inStock":true},{"name":"Stove","inStock":null},{"name":"Unknown","inStock":null}]""",
            response.GetProperty("data").GetProperty("products").GetRawText());
        var (_, request) = Assert.Single(stock.Received);
        Assert.Equal(
            """[{"__typename":"Product","sku":{"code":"T1","region":"EU"}},{"__typename":"Product","sku":{"code":"S1","region":"EU"}}]""",
            request.GetProperty("variables").GetProperty("_fg_representations").GetRawText());
    }

    [Fact]
    public async Task Subgraphs_composed_from_their_sdl_pass_required_fields_in_the_representation()
    {
        await using var catalog = await FakeSubgraph.AnsweringAsync("""{"data":{"products":[{"_fg_upc":"1","_fg_weight":5}]}}""");
        await using var shipping = await FakeSubgraph.AnsweringAsync("""{"data":{"_entities":[{"shippingCost":7}]}}""");
        IReadOnlyList<Composition.SourceSchemas.SourceSchema> sources = [.. ShopSubgraphs.All.Select(s => Composition.SourceSchemas.SourceSchema.ApolloSubgraph(s.Name, s.Sdl, s.Url))];
        var composed = Composition.Composer.Compose(sources);
        Assert.True(composed.Succeeded, string.Join("\n", composed.Errors));
        var configuration = Composition.Output.GatewayConfigurationBuilder.Build(composed.Schema!, sources);
        using var gateway = new Gateway(configuration, new Dictionary<string, string> { ["catalog"] = catalog.Url, ["shipping"] = shipping.Url });

        var response = await gateway.ExecuteAsync("{ products { shippingCost } }");

        Assert.Equal("""[{"shippingCost":7}]""", response.GetProperty("data").GetProperty("products").GetRawText());
        var (_, request) = Assert.Single(shipping.Received);
        Assert.Equal("""[{"__typename":"Product","upc":"1","weight":5}]""", request.GetProperty("variables").GetProperty("_fg_representations").GetRawText());
    }
}
