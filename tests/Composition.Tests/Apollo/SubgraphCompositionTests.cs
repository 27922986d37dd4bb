using FederatedGraph.Composition.Apollo;
using FederatedGraph.Composition.Output;
using FederatedGraph.Composition.SourceSchemas;
using FederatedGraph.Gateway.Configuration;
using FederatedGraph.Tests.Shared;

namespace FederatedGraph.Composition.Tests.Apollo;

/// <summary>
/// Apollo subgraphs composed from their own SDL by our composer. The strong check: the shop's four subgraphs
/// (<see cref="ShopSubgraphs"/>) give the configuration that reading the hand-written <see cref="ShopSupergraph"/>
/// gives, compared without ordering and without what only one side can know (see <see cref="Normalized"/>).
/// </summary>
public sealed class SubgraphCompositionTests
{
    internal static CompositionResult Compose(params (string Name, string Sdl)[] subgraphs)
        => Composer.Compose([.. subgraphs.Select(s => SourceSchema.ApolloSubgraph(s.Name, s.Sdl, $"http://{s.Name}.test/graphql"))]);

    internal static GatewayConfiguration Configuration(IReadOnlyList<SourceSchema> sources)
    {
        var result = Composer.Compose(sources);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return GatewayConfigurationBuilder.Build(result.Schema!, sources);
    }

    internal static GatewayConfiguration Configuration(params (string Name, string Sdl)[] subgraphs)
        => Configuration([.. subgraphs.Select(s => SourceSchema.ApolloSubgraph(s.Name, s.Sdl, $"http://{s.Name}.test/graphql"))]);

    private static GatewayConfiguration Shop()
        => Configuration([.. ShopSubgraphs.All.Select(s => SourceSchema.ApolloSubgraph(s.Name, s.Sdl, s.Url))]);

    [Fact]
    public void The_shop_subgraphs_compose_to_the_configuration_of_the_shop_supergraph()
        => Assert.Equal(Normalized(SupergraphReader.Read(ShopSupergraph.Sdl).Configuration), Normalized(Shop()));

    [Fact]
    public void The_subgraphs_are_Apollo_source_schemas_with_their_urls()
        => Assert.Equal(
            ["catalog http://catalog.test/graphql True", "reviews http://reviews.test/graphql True", "shipping http://shipping.test/graphql True", "stock http://stock.test/graphql True"],
            Shop().SourceSchemas.Select(s => $"{s.Name} {s.Url} {s.ApolloFederation}"));

    [Theory]
    [InlineData("Product key catalog: sku { code region }")]
    [InlineData("Product key reviews: upc")]
    [InlineData("Product lookup stock._entities(sku { code region }) entities")]
    [InlineData("Product.insurance from stock: Int requires shippingCost")]
    [InlineData("Product.shippingCost from shipping: Int requires weight")]
    [InlineData("Product.shippingCost from stock: Int external")]
    [InlineData("Review.product from reviews: Product! provides name")]
    [InlineData("Product.price from stock: Int")]
    [InlineData("Product.internalCode(): String inaccessible")]
    [InlineData("Book lookup reviews._entities(id) entities as Media")]
    [InlineData("Book.rating from reviews: Int")]
    [InlineData("Media possible in catalog: Book")]
    public void Each_construct_of_the_shop_is_in_the_configuration(string line)
        => Assert.Contains(line, Normalized(Shop()).Split('\n'));

    [Fact]
    public void A_key_with_resolvable_false_is_no_lookup_and_an_overridden_field_is_not_asked_of_the_old_subgraph()
    {
        var product = Shop().Types.Single(t => t.Name == "Product");
        Assert.DoesNotContain(product.Lookups, l => l.Schema == "reviews");
        Assert.True(product.Fields.Single(f => f.Name == "price").Sources.Single(s => s.Schema == "catalog").Overridden);
    }

    /// <summary>
    /// The configuration as sorted lines. Left out: which subgraphs define the root types (Apollo gives every
    /// subgraph a query type for <c>_entities</c>; we leave out one without fields of its own), <c>Shareable</c>
    /// (the supergraph does not carry it), overridden sources (the supergraph keeps them only when the old subgraph
    /// still uses the field) and possible-type lists that are empty (the supergraph lists an interface object's).
    /// </summary>
    internal static string Normalized(GatewayConfiguration configuration)
    {
        var lines = new List<string>();
        foreach (var type in configuration.Types)
        {
            var root = type.Name is "Query" or "Mutation" or "Subscription";
            lines.Add($"{type.Name} {type.Kind}{(type.Inaccessible ? " inaccessible" : "")}{(root ? "" : " in " + string.Join(",", type.SourceSchemas.Order()))}");
            lines.AddRange(type.Keys.Select(k => $"{type.Name} key {k.Schema}: {k.Fields}"));
            lines.AddRange(type.Lookups.Select(l => $"{type.Name} lookup {l.Schema}.{l.Field}({l.Key}){(l.Entities ? " entities" : "")}{(l.TypeName is null ? "" : " as " + l.TypeName)}"));
            lines.AddRange(type.PossibleTypes.Where(p => p.Types.Count > 0).Select(p => $"{type.Name} possible in {p.Schema}: {string.Join(",", p.Types.Order())}"));
            foreach (var field in type.Fields)
            {
                var arguments = string.Join(", ", field.Arguments.Select(a => $"{a.Name}: {a.Type}{(a.DefaultValue is null ? "" : " = " + a.DefaultValue)}{(a.Inaccessible ? " inaccessible" : "")}"));
                lines.Add($"{type.Name}.{field.Name}({arguments}): {field.Type}{(field.Inaccessible ? " inaccessible" : "")}");
                lines.AddRange(field.Sources.Where(s => !s.Overridden).Select(s =>
                    $"{type.Name}.{field.Name} from {s.Schema}: {s.Type}{(s.External ? " external" : "")}{(s.Requires is null ? "" : " requires " + s.Requires)}{(s.Provides is null ? "" : " provides " + s.Provides)}"));
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines);
    }
}
