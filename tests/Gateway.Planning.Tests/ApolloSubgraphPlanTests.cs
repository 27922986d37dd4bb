using FederatedGraph.Checkout;
using FederatedGraph.Composition;
using FederatedGraph.Composition.Apollo;
using FederatedGraph.Composition.Output;
using FederatedGraph.Composition.SourceSchemas;
using FederatedGraph.Gateway.Configuration;
using FederatedGraph.Gateway.Planning.Planner;
using FederatedGraph.Gateway.Planning.Schema;
using FederatedGraph.Tests.Shared;
using SourceSchema = FederatedGraph.Composition.SourceSchemas.SourceSchema;
using GraphQLParser;

namespace FederatedGraph.Gateway.Planning.Tests;

/// <summary>
/// Plans over Apollo subgraphs composed from their own SDL by our composer: the shop's subgraphs
/// (<see cref="ShopSubgraphs"/>) plan as the shop supergraph does, and an Apollo subgraph mixed in with our
/// registries is asked for its field through <c>_entities</c>.
/// </summary>
public sealed class ApolloSubgraphPlanTests
{
    private static readonly OperationPlanner Composed = new(CompositeSchemaBuilder.FromConfiguration(
        Compose([.. ShopSubgraphs.All.Select(s => SourceSchema.ApolloSubgraph(s.Name, s.Sdl, s.Url))])));

    private static readonly OperationPlanner FromSupergraph = new(CompositeSchemaBuilder.FromConfiguration(SupergraphReader.Read(ShopSupergraph.Sdl).Configuration));

    private static GatewayConfiguration Compose(IReadOnlyList<SourceSchema> sources)
    {
        var result = Composer.Compose(sources);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return GatewayConfigurationBuilder.Build(result.Schema!, sources);
    }

    [Theory]
    [InlineData("{ products { name inStock } }")]
    [InlineData("{ products { shippingCost } }")]
    [InlineData("{ products { insurance } }")]
    [InlineData("{ topReviews { product { name } } }")]
    [InlineData("{ topReviews { product { inStock } } }")]
    [InlineData("{ products { price } }")]
    [InlineData("{ media { title ... on Book { rating } } }")]
    [InlineData("{ products { sku { code barcode } } }")]
    [InlineData("{ products { deliveryDays shippingCost } }")]
    [InlineData("{ topMedia { rating } }")]
    [InlineData("{ topMedia { rating title __typename ... on Book { id } } }")]
    [InlineData("{ spotlight { __typename ... on Product { name } ... on Review { body } } }")]
    [InlineData("mutation { review(upc: \"1\", body: \"x\") { id } rename(upc: \"1\", name: \"y\") { upc } }")]
    public void The_composed_shop_plans_as_the_shop_supergraph(string operation)
        => Assert.Equal(FromSupergraph.Plan(Parser.Parse(operation), null).Text, Composed.Plan(Parser.Parse(operation), null).Text);

    [Fact]
    public void A_field_an_apollo_subgraph_adds_to_a_registry_entity_is_fetched_through_entities()
    {
        IReadOnlyList<SourceSchema> sources =
        [
            .. SourceSchemaDirectory.Read(Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "schema")),
            SourceSchema.ApolloSubgraph("energielabels", """
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])

                type Pand @key(fields: "identificatie") {
                  identificatie: String!
                  energielabel: String
                }
                """, "http://energielabels.test/graphql"),
        ];
        var planner = new OperationPlanner(CompositeSchemaBuilder.FromConfiguration(Compose(sources)));

        var plan = planner.Plan(Parser.Parse("""{ pand(identificatie: "0363100012165490") { oorspronkelijkBouwjaar energielabel } }"""), null);

        Assert.Equal(["bag", "energielabels"], plan.Fetches.Select(f => f.SourceSchema));
        Assert.Contains("_entities(representations:", plan.Fetches[1].Document);
        Assert.Contains("... on Pand { energielabel }", plan.Fetches[1].Document);
    }
}
