using System.Text.Json;
using FederatedGraph.Composition.Apollo;
using FederatedGraph.Tests.Shared;

namespace FederatedGraph.Gateway.Execution.Tests;

/// <summary>
/// Apollo subgraphs over HTTP (fakes, on <see cref="ShopSupergraph"/>): one request per subgraph and plan level, one
/// <c>_entities</c> call per selection in it, one representation per distinct key, none for an entity without its
/// key, and a null entity answered as null fields.
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
    public async Task An_interface_object_answers_the_interface_fields_and_the_type_name_comes_from_the_subgraph_of_the_implementations()
    {
        // The interface object's subgraph cannot know the object type: whatever type name it gives is not asked for.
        await using var reviews = await FakeSubgraph.AnsweringAsync("""{"data":{"topMedia":[{"rating":4,"_fg_id":"b1"},{"rating":2,"_fg_id":"b2"}]}}""");
        await using var catalog = await FakeSubgraph.AnsweringAsync("""{"data":{"_entities":[{"_fg_type":"Book","id":"b1"},null]}}""");
        var configuration = SupergraphReader.Read(ShopSupergraph.Sdl).Configuration;
        using var gateway = new Gateway(configuration, new Dictionary<string, string> { ["reviews"] = reviews.Url, ["catalog"] = catalog.Url });

        var withoutType = await gateway.ExecuteAsync("{ topMedia { rating } }");
        var withType = await gateway.ExecuteAsync("{ topMedia { rating __typename ... on Book { id } } }");

        Assert.Equal("""[{"rating":4},{"rating":2}]""", withoutType.GetProperty("data").GetProperty("topMedia").GetRawText());
        // The second medium is not found where the implementations are known: its type name is unknown, and the
        // non-null item of the non-null list nulls the data.
        Assert.Equal(JsonValueKind.Null, withType.GetProperty("data").ValueKind);
        Assert.Contains(withType.GetProperty("errors").EnumerateArray(), e => e.GetProperty("extensions").GetProperty("code").GetString() == "UNKNOWN_OBJECT_TYPE"
            && e.GetProperty("path").GetRawText() == """["topMedia",1]""");
        var (_, request) = Assert.Single(catalog.Received);
        Assert.Equal(
            """[{"__typename":"Media","id":"b1"},{"__typename":"Media","id":"b2"}]""",
            request.GetProperty("variables").GetProperty("_fg_representations").GetRawText());
    }

    [Fact]
    public async Task An_enum_value_the_public_schema_hides_is_answered_as_null_with_an_error()
    {
        await using var catalog = await FakeSubgraph.AnsweringAsync("""{"data":{"products":[{"origin":"EU"},{"origin":"LEGACY"}]}}""");
        var configuration = SupergraphReader.Read(ShopSupergraph.Sdl).Configuration;
        var regions = new Dictionary<string, IReadOnlySet<string>> { ["Region"] = new HashSet<string> { "EU" } };
        using var gateway = new Gateway(configuration, new Dictionary<string, string> { ["catalog"] = catalog.Url }, publicEnums: regions);

        var response = await gateway.ExecuteAsync("{ products { origin } }");

        Assert.Equal("""[{"origin":"EU"},{"origin":null}]""", response.GetProperty("data").GetProperty("products").GetRawText());
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("UNKNOWN_ENUM_VALUE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("""["products",1,"origin"]""", error.GetProperty("path").GetRawText());
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

    [Fact]
    public async Task A_field_renamed_for_its_type_in_the_subgraph_document_is_answered_under_the_clients_name()
    {
        await using var people = await FakeSubgraph.AnsweringAsync("""
            {"data":{"accounts":[{"_fg_type":"User","id":"u1","name":"Ann"},{"_fg_type":"Admin","_fg_0c_id":"a1","name":"Bob"}]}}
            """);
        using var gateway = new Gateway(SupergraphReader.Read(AccountsSupergraph.Sdl).Configuration, new Dictionary<string, string> { ["people"] = people.Url });

        var response = await gateway.ExecuteAsync("{ accounts { ... on User { id name } ... on Admin { id name } } }");

        Assert.Equal("""[{"id":"u1","name":"Ann"},{"id":"a1","name":"Bob"}]""", response.GetProperty("data").GetProperty("accounts").GetRawText());
    }

    [Fact]
    public async Task Entity_fetches_of_one_plan_level_reaching_the_same_entity_by_two_paths_ask_for_it_once_in_one_request()
    {
        await using var catalog = await FakeSubgraph.AnsweringAsync("""{"data":{"products":[{"_fg_upc":"1"},{"_fg_upc":"2"}]}}""");
        await using var reviews = await FakeSubgraph.AnsweringAsync("""{"data":{"topReviews":[{"product":{"_fg_upc":"2"}},{"product":{"_fg_upc":"3"}}]}}""");
        // The shipping subgraph does not know product 3.
        await using var shipping = await FakeSubgraph.AnsweringAsync("""{"data":{"_entities":[{"deliveryDays":1},{"deliveryDays":2},null]}}""");
        using var gateway = new Gateway(SupergraphReader.Read(ShopSupergraph.Sdl).Configuration,
            new Dictionary<string, string> { ["catalog"] = catalog.Url, ["reviews"] = reviews.Url, ["shipping"] = shipping.Url });

        var response = await gateway.ExecuteAsync("{ products { deliveryDays } topReviews { product { deliveryDays } } }");

        Assert.Equal("""{"products":[{"deliveryDays":1},{"deliveryDays":2}],"topReviews":[{"product":{"deliveryDays":2}},{"product":{"deliveryDays":null}}]}""",
            response.GetProperty("data").GetRawText());
        var (_, request) = Assert.Single(shipping.Received);
        Assert.Equal("""[{"__typename":"Product","upc":"1"},{"__typename":"Product","upc":"2"},{"__typename":"Product","upc":"3"}]""",
            request.GetProperty("variables").GetProperty("_fg_representations").GetRawText());
    }

    [Fact]
    public async Task Entity_fetches_of_one_plan_level_with_different_selections_share_one_request_and_errors_find_their_own_path()
    {
        await using var catalog = await FakeSubgraph.AnsweringAsync("""{"data":{"products":[{"_fg_upc":"1","_fg_weight":5}]}}""");
        await using var reviews = await FakeSubgraph.AnsweringAsync("""{"data":{"topReviews":[{"product":{"_fg_upc":"2"}}]}}""");
        await using var shipping = await FakeSubgraph.AnsweringAsync("""
            {"data":{"_fg_0":[{"deliveryDays":1,"shippingCost":9}],"_fg_1":[{"deliveryDays":null}]},
             "errors":[{"message":"No route to product 2.","path":["_fg_1",0,"deliveryDays"],"extensions":{"code":"NO_ROUTE"}}]}
            """);
        using var gateway = new Gateway(SupergraphReader.Read(ShopSupergraph.Sdl).Configuration,
            new Dictionary<string, string> { ["catalog"] = catalog.Url, ["reviews"] = reviews.Url, ["shipping"] = shipping.Url });

        var response = await gateway.ExecuteAsync(
            "query($ship: Boolean!) { products { deliveryDays shippingCost @include(if: $ship) } topReviews { product { deliveryDays } } }", new { ship = true });

        Assert.Equal("""{"products":[{"deliveryDays":1,"shippingCost":9}],"topReviews":[{"product":{"deliveryDays":null}}]}""",
            response.GetProperty("data").GetRawText());
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(("NO_ROUTE", """["topReviews",0,"product","deliveryDays"]"""),
            (error.GetProperty("extensions").GetProperty("code").GetString(), error.GetProperty("path").GetRawText()));
        var (_, request) = Assert.Single(shipping.Received);
        var variables = request.GetProperty("variables");
        Assert.Equal("""[{"__typename":"Product","upc":"1","weight":5}]""", variables.GetProperty("_fg_representations_0").GetRawText());
        Assert.Equal("""[{"__typename":"Product","upc":"2"}]""", variables.GetProperty("_fg_representations_1").GetRawText());
        Assert.True(variables.GetProperty("ship").GetBoolean());
    }

    [Fact]
    public async Task A_failed_batch_reports_the_loss_at_each_of_its_fetches_entities()
    {
        await using var catalog = await FakeSubgraph.AnsweringAsync("""{"data":{"products":[{"_fg_upc":"1"}]}}""");
        await using var reviews = await FakeSubgraph.AnsweringAsync("""{"data":{"topReviews":[{"product":{"_fg_upc":"2"}}]}}""");
        await using var shipping = await FakeSubgraph.StartAsync(_ => (500, "text/plain", "down"));
        using var gateway = new Gateway(SupergraphReader.Read(ShopSupergraph.Sdl).Configuration,
            new Dictionary<string, string> { ["catalog"] = catalog.Url, ["reviews"] = reviews.Url, ["shipping"] = shipping.Url });

        var response = await gateway.ExecuteAsync("{ products { deliveryDays } topReviews { product { deliveryDays } } }");

        Assert.Equal("""{"products":[{"deliveryDays":null}],"topReviews":[{"product":{"deliveryDays":null}}]}""", response.GetProperty("data").GetRawText());
        Assert.Equal(["""["products",0,"deliveryDays"]""", """["topReviews",0,"product","deliveryDays"]"""],
            response.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetRawText()).Order());
        Assert.Single(shipping.Received);
    }

    [Theory]
    [InlineData("""{"data":{"_entities":[{"inStock":true}]}}""")]
    [InlineData("""{"data":{"_entities":{"inStock":true}}}""")]
    [InlineData("""{"data":null}""")]
    public async Task An_entities_answer_without_one_entity_per_representation_and_without_an_error_is_reported_as_a_bad_response(string answer)
    {
        await using var catalog = await FakeSubgraph.AnsweringAsync("""{"data":{"products":[{"_fg_sku":{"code":"T1","region":"EU"}},{"_fg_sku":{"code":"S1","region":"EU"}}]}}""");
        await using var stock = await FakeSubgraph.AnsweringAsync(answer);
        using var gateway = new Gateway(SupergraphReader.Read(ShopSupergraph.Sdl).Configuration,
            new Dictionary<string, string> { ["catalog"] = catalog.Url, ["stock"] = stock.Url });

        var response = await gateway.ExecuteAsync("{ products { inStock } }");

        Assert.Equal("""[{"inStock":null},{"inStock":null}]""", response.GetProperty("data").GetProperty("products").GetRawText());
        Assert.Equal([("SUBGRAPH_BAD_RESPONSE", """["products",0,"inStock"]"""), ("SUBGRAPH_BAD_RESPONSE", """["products",1,"inStock"]""")],
            response.GetProperty("errors").EnumerateArray()
                .Select(e => (e.GetProperty("extensions").GetProperty("code").GetString(), e.GetProperty("path").GetRawText())).Order());
    }
}
