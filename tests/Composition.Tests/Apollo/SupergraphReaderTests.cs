using FederatedGraph.Composition.Apollo;
using FederatedGraph.Gateway.Configuration;
using FederatedGraph.Tests.Shared;
using GraphQLParser;
using GraphQLParser.AST;

namespace FederatedGraph.Composition.Tests.Apollo;

/// <summary>The Apollo supergraph translated into the gateway configuration, one construct per test (<see cref="ShopSupergraph"/>).</summary>
public sealed class SupergraphReaderTests
{
    private static readonly ApolloSupergraph Shop = SupergraphReader.Read(ShopSupergraph.Sdl);

    private static TypeConfiguration Type(string name) => Shop.Configuration.Types.Single(t => t.Name == name);

    private static FieldSourceConfiguration Source(string type, string field, string schema)
        => Type(type).Fields.Single(f => f.Name == field).Sources.Single(s => s.Schema == schema);

    [Fact]
    public void Each_join_graph_is_an_Apollo_source_schema_with_its_url()
        => Assert.Equal(
            [("catalog", "http://catalog.test/graphql"), ("stock", "http://stock.test/graphql"), ("shipping", "http://shipping.test/graphql"), ("reviews", "http://reviews.test/graphql")],
            Shop.Configuration.SourceSchemas.Where(s => s.ApolloFederation).Select(s => (s.Name, s.Url)));

    [Fact]
    public void Every_key_is_kept_but_only_resolvable_keys_become_entities_lookups()
    {
        var product = Type("Product");
        Assert.Equal(["catalog:upc", "catalog:sku { code region }", "stock:sku { code region }", "shipping:upc", "reviews:upc"],
            product.Keys.Select(k => $"{k.Schema}:{k.Fields}"));
        Assert.All(product.Lookups, l => Assert.True(l.Entities && l.Field == "_entities"));
        Assert.Equal(["catalog:upc", "catalog:sku { code region }", "stock:sku { code region }", "shipping:upc"],
            product.Lookups.Select(l => $"{l.Schema}:{l.Key}"));
    }

    [Fact]
    public void Join_fields_give_external_overridden_requires_and_provides()
    {
        Assert.True(Source("Product", "name", "reviews").External);
        Assert.False(Source("Product", "name", "catalog").External);
        Assert.True(Source("Product", "price", "catalog").Overridden);
        Assert.False(Source("Product", "price", "stock").Overridden);
        Assert.Equal("weight", Source("Product", "shippingCost", "shipping").Requires);
        Assert.Equal("shippingCost", Source("Product", "insurance", "stock").Requires);
        Assert.Equal("name", Source("Review", "product", "reviews").Provides);
    }

    [Fact]
    public void A_field_without_join_field_belongs_to_every_subgraph_of_its_type()
        => Assert.Equal(["catalog", "stock"], Type("Sku").Fields.Single(f => f.Name == "code").Sources.Select(s => s.Schema));

    [Fact]
    public void An_interface_object_resolves_its_fields_on_each_implementation_by_the_interface_name()
    {
        var book = Type("Book");
        Assert.Equal(["reviews"], book.Fields.Single(f => f.Name == "rating").Sources.Select(s => s.Schema));
        var lookup = Assert.Single(book.Lookups, l => l.Schema == "reviews");
        Assert.Equal(("id", "Media"), (lookup.Key, lookup.TypeName));
        var media = Type("Media").PossibleTypes.ToDictionary(p => p.Schema, p => p.Types);
        Assert.Equal(["Book"], media["catalog"]);
        Assert.Empty(media["reviews"]);
    }

    [Fact]
    public void The_public_schema_leaves_out_the_join_machinery_and_everything_inaccessible()
    {
        var definitions = Parser.Parse(Shop.PublicSchema).Definitions;
        var names = definitions.OfType<GraphQLTypeDefinition>().Select(t => t.Name.StringValue).ToList();
        Assert.DoesNotContain(names, n => n.StartsWith("join__", StringComparison.Ordinal));
        Assert.Empty(definitions.OfType<GraphQLDirectiveDefinition>());
        Assert.DoesNotContain("@", Shop.PublicSchema);
        Assert.DoesNotContain("secret", Shop.PublicSchema);
        Assert.DoesNotContain("internalCode", Shop.PublicSchema);
        Assert.DoesNotContain("LEGACY", Shop.PublicSchema);
        Assert.Contains("EU", Shop.PublicSchema);
        Assert.True(Type("Query").Fields.Single(f => f.Name == "secret").Inaccessible);
    }

    [Fact]
    public void Sdl_without_join_graphs_is_not_a_supergraph()
        => Assert.Throws<SupergraphException>(() => SupergraphReader.Read("type Query { a: String }"));
}
