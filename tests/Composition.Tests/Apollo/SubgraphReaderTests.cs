using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.SourceSchemas;
using FederatedGraph.Gateway.Configuration;
using static FederatedGraph.Composition.Tests.Apollo.SubgraphCompositionTests;

namespace FederatedGraph.Composition.Tests.Apollo;

/// <summary>Apollo constructs one at a time, in small subgraphs of our own composed from their SDL.</summary>
public sealed class SubgraphReaderTests
{
    private const string Fed2 = """extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@override", "@inaccessible", "@interfaceObject"])""";

    private const string Products = Fed2 + """

        type Query { products: [Product!]! }
        type Product @key(fields: "id") @key(fields: "sku { code }") {
          id: ID!
          sku: Sku!
          name: String
          weight: Int
          dimensions: Dimensions
        }
        type Sku { code: String! }
        type Dimensions @shareable { height: Int width: Int }
        """;

    private static string Lines(GatewayConfiguration configuration) => Normalized(configuration);

    private static void Has(GatewayConfiguration configuration, params string[] lines)
    {
        var all = Lines(configuration).Split('\n');
        foreach (var line in lines) Assert.Contains(line, all);
    }

    private static CompositionError Fails(params (string Name, string Sdl)[] subgraphs)
    {
        var result = Compose(subgraphs);
        Assert.False(result.Succeeded);
        return result.Errors.First();
    }

    [Fact]
    public void Several_and_composite_nested_keys_each_become_an_entities_lookup()
        => Has(Configuration(("products", Products)),
            "Product key products: id", "Product key products: sku { code }",
            "Product lookup products._entities(id) entities", "Product lookup products._entities(sku { code }) entities");

    [Fact]
    public void Requires_with_arguments_and_nested_fields_is_kept_on_the_field_source()
        => Has(Configuration(("products", Products), ("shipping", Fed2 + """

            type Product @key(fields: "id") {
              id: ID!
              weight: Int @external
              dimensions: Dimensions @external
              cost: Int @requires(fields: "weight dimensions { height width }")
            }
            type Dimensions @shareable { height: Int width: Int }
            """)),
            "Product.cost from shipping: Int requires weight dimensions { height width }",
            "Product.weight from shipping: Int external");

    [Fact]
    public void Requires_of_a_field_no_subgraph_resolves_is_refused()
        => Assert.Equal("EXTERNAL_MISSING_ON_BASE", Fails(("products", Products), ("shipping", Fed2 + """

            type Product @key(fields: "id") {
              id: ID!
              volume: Int @external
              cost: Int @requires(fields: "volume")
            }
            """)).Code);

    [Fact]
    public void Requires_with_a_fragment_on_an_abstract_field_and_a_chain_of_requires()
        => Has(Configuration(("catalog", Fed2 + """

            type Query { items: [Item!]! }
            type Item @key(fields: "id") { id: ID! media: Media }
            interface Media { id: ID! }
            type Book implements Media @shareable { id: ID! pages: Int }
            """), ("pricing", Fed2 + """

            type Item @key(fields: "id") {
              id: ID!
              media: Media @external
              price: Int @requires(fields: "media { ... on Book { pages } }")
            }
            interface Media { id: ID! }
            type Book implements Media @shareable { id: ID! pages: Int }
            """), ("tax", Fed2 + """

            type Item @key(fields: "id") { id: ID! price: Int @external priceWithTax: Int @requires(fields: "price") }
            """)),
            "Item.price from pricing: Int requires media { ... on Book { pages } }",
            "Item.priceWithTax from tax: Int requires price");

    [Fact]
    public void Requires_of_a_field_the_subgraph_does_not_declare_external_is_refused()
        => Assert.Equal("REQUIRES_FIELDS_MISSING_EXTERNAL", Fails(("products", Products), ("pricing", Fed2 + """

            type Product @key(fields: "id") { id: ID! price: Int priceWithTax: Int @requires(fields: "price") }
            """)).Code);

    [Fact]
    public void Requires_of_a_field_no_reachable_subgraph_resolves_is_unsatisfiable_and_says_so()
    {
        var result = Compose(("products", Products), ("pricing", Fed2 + """

            type Product @key(fields: "id") { id: ID! price: Int @external priceWithTax: Int @requires(fields: "price") }
            """), ("other", Fed2 + """

            type Product @key(fields: "id", resolvable: false) { id: ID! price: Int }
            """));
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "UNSATISFIABLE_QUERY_PATH" && e.Message.Contains("@requires(fields: \"price\")"));
    }

    [Fact]
    public void Provides_and_external_are_kept()
        => Has(Configuration(("products", Products), ("reviews", Fed2 + """

            type Query { reviews: [Review!]! }
            type Review { body: String! product: Product @provides(fields: "name") }
            type Product @key(fields: "id") { id: ID! name: String @external }
            """)),
            "Review.product from reviews: Product provides name", "Product.name from reviews: String external");

    [Fact]
    public void Override_moves_the_field_and_shareable_lets_two_subgraphs_resolve_one()
    {
        var configuration = Configuration(("products", Products), ("inventory", Fed2 + """

            type Product @key(fields: "id") { id: ID! name: String @override(from: "products") size: Dimensions }
            type Dimensions @shareable { height: Int width: Int }
            """));
        var product = configuration.Types.Single(t => t.Name == "Product");
        Assert.True(product.Fields.Single(f => f.Name == "name").Sources.Single(s => s.Schema == "products").Overridden);
        Assert.False(product.Fields.Single(f => f.Name == "name").Sources.Single(s => s.Schema == "inventory").Overridden);
        var dimensions = configuration.Types.Single(t => t.Name == "Dimensions");
        Assert.Equal(["products", "inventory"], dimensions.Fields.Single(f => f.Name == "height").Sources.Select(s => s.Schema));
    }

    [Fact]
    public void A_field_resolved_in_two_subgraphs_without_shareable_is_refused()
        => Assert.Equal("INVALID_FIELD_SHARING", Fails(("products", Products), ("other", Fed2 + """

            type Product @key(fields: "id") { id: ID! name: String }
            """)).Code);

    [Fact]
    public void Renamed_imports_and_the_namespaced_form_are_federation_directives()
        => Has(Configuration(("products", Products), ("renamed", """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: [{ name: "@key", as: "@primaryKey" }, { name: "@external", as: "@ext" }])

            type Product @primaryKey(fields: "id") { id: ID! weight: Int @ext shipping: Int @federation__requires(fields: "weight") }
            """)),
            "Product lookup renamed._entities(id) entities", "Product.shipping from renamed: Int requires weight", "Product.weight from renamed: Int external");

    [Fact]
    public void Federation_1_extend_type_with_external_key_fields_adds_fields_to_the_entity()
        => Has(Configuration(("products", Products), ("reviews", """
            extend type Product @key(fields: "id") {
              id: ID! @external
              reviewCount: Int
            }
            """)),
            "Product lookup reviews._entities(id) entities", "Product.id from reviews: ID!", "Product.reviewCount from reviews: Int");

    [Fact]
    public void Federation_1_extends_directive_and_value_types_without_shareable()
        => Has(Configuration(("a", """
            type Query { a: Money }
            type Money { amount: Int currency: String }
            type Shop @key(fields: "id") { id: ID! name: String }
            """), ("b", """
            type Query { b: Money }
            type Money { amount: Int currency: String }
            type Shop @extends @key(fields: "id") { id: ID! @external open: Boolean }
            """)),
            "Money.amount from a: Int", "Money.amount from b: Int", "Shop lookup b._entities(id) entities", "Shop.open from b: Boolean");

    [Fact]
    public void Machinery_of_the_subgraph_sdl_is_left_out_of_the_composite_schema()
    {
        var result = Compose(("products", """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key", "FieldSet"])
            directive @key(fields: FieldSet!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
            directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA
            scalar FieldSet
            scalar link__Import
            enum link__Purpose { SECURITY EXECUTION }
            scalar _Any
            type _Service { sdl: String }
            union _Entity = Product
            type Query { products: [Product!]! _entities(representations: [_Any!]!): [_Entity]! _service: _Service! }
            type Product @key(fields: "id") @federation__tag(name: "x") { id: ID! }
            """));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["Product", "Query"], result.Schema!.Schema.Types.Select(t => t.Name).Order());
        Assert.Equal(["products"], result.Schema.Schema.QueryType!.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Unions_and_interfaces_whose_members_live_in_different_subgraphs()
    {
        var configuration = Configuration(("a", Fed2 + """

            type Query { search: [Result!]! node(id: ID!): Node }
            union Result = Book
            interface Node { id: ID! }
            type Book implements Node @key(fields: "id") { id: ID! title: String }
            """), ("b", Fed2 + """

            type Query { films: [Film!]! }
            union Result = Film
            interface Node { id: ID! }
            type Film implements Node @key(fields: "id") { id: ID! name: String }
            """));
        Has(configuration, "Result possible in a: Book", "Result possible in b: Film", "Node possible in a: Book", "Node possible in b: Film");
    }

    [Fact]
    public void An_entity_interface_Node_is_fetched_by_key_and_extended_through_an_interface_object()
    {
        var configuration = Configuration(("a", Fed2 + """

            type Query { node(id: ID!): Node }
            interface Node @key(fields: "id") { id: ID! }
            type Book implements Node @key(fields: "id") { id: ID! title: String }
            type Film implements Node @key(fields: "id") { id: ID! name: String }
            """), ("b", Fed2 + """

            type Node @key(fields: "id") @interfaceObject { id: ID! createdAt: String }
            """));
        Has(configuration,
            "Node lookup a._entities(id) entities", "Node lookup b._entities(id) entities",
            "Book lookup b._entities(id) entities as Node", "Film lookup b._entities(id) entities as Node",
            "Book.createdAt from b: String", "Film.createdAt from b: String", "Node.createdAt from b: String");
    }

    [Fact]
    public void Enums_used_in_inputs_and_input_types_intersect()
    {
        var result = Compose(("a", Fed2 + """

            type Query { a(filter: Filter): Int }
            input Filter { color: Color size: Int }
            enum Color { RED GREEN }
            """), ("b", Fed2 + """

            type Query { b(filter: Filter): Int }
            input Filter { color: Color }
            enum Color { RED BLUE }
            """));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["color"], result.Schema!.Schema.Type<Model.InputObjectTypeDefinition>("Filter")!.Fields.Select(f => f.Name));
        Assert.Equal(["RED"], result.Schema.Schema.Type<Model.EnumTypeDefinition>("Color")!.Values.Where(v => !Model.CompositeDirectives.IsInaccessible(v)).Select(v => v.Name));
    }

    [Fact]
    public void Enums_used_only_in_outputs_are_the_union()
    {
        var result = Compose(("a", Fed2 + """

            type Query { a: Color }
            enum Color { RED GREEN }
            """), ("b", Fed2 + """

            type Query { b: Color }
            enum Color { RED BLUE }
            """));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["RED", "GREEN", "BLUE"], result.Schema!.Schema.Type<Model.EnumTypeDefinition>("Color")!.Values.Where(v => !Model.CompositeDirectives.IsInaccessible(v)).Select(v => v.Name));
    }

    [Fact]
    public void Enums_used_as_input_and_output_must_match()
        => Assert.Equal("ENUM_VALUES_MISMATCH", Fails(("a", Fed2 + """

            type Query { a(c: Color): Color }
            enum Color { RED GREEN }
            """), ("b", Fed2 + """

            type Query { b: Color }
            enum Color { RED }
            """)).Code);

    [Fact]
    public void Inaccessible_fields_stay_in_the_configuration_hidden()
        => Has(Configuration(("a", Fed2 + """

            type Query { a: Int secret: String @inaccessible }
            """)), "Query.secret(): String inaccessible");

    [Fact]
    public void Malformed_sdl_is_a_composition_error_with_a_code()
        => Assert.Equal("INVALID_GRAPHQL", Fails(("broken", "type Query { a: }")).Code);

    [Theory]
    [InlineData("type Product @key { id: ID! } type Query { p: Product }")]
    [InlineData("type Product @key(fields: \"nope\") { id: ID! } type Query { p: Product }")]
    [InlineData("type Product @key(fields: \"id\") { id: ID! w: Int @external c: Int @requires(fields: 3) } type Query { p: Product }")]
    [InlineData("type Product @key(fields: \"id\") { id: ID! w: Int @external c: Int @requires(fields: \"{{\") } type Query { p: Product }")]
    [InlineData("type Product @key(fields: \"id\") { id: ID! c: Int @override } type Query { p: Product }")]
    [InlineData("type Thing @key(fields: \"id\") @interfaceObject { id: ID! } type Query { t: Thing }")]
    [InlineData("type Query { a: Int @provides(fields: \"x\") }")]
    public void Malformed_federation_directives_are_composition_errors_not_exceptions(string body)
    {
        var result = Compose(("a", Fed2 + "\n" + body));
        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Errors.First().Code);
    }

    [Theory]
    [InlineData("https://specs.apollo.dev/federation/v1.0")]
    [InlineData("https://specs.apollo.dev/federation/v3.0")]
    [InlineData("https://specs.apollo.dev/federation/latest")]
    public void An_unsupported_federation_version_is_a_composition_error_with_a_code(string url)
    {
        var error = Fails(("a", $$"""extend schema @link(url: "{{url}}", import: ["@key"]) type Query { a: Int }"""));
        Assert.Equal("APOLLO_UNSUPPORTED_FEDERATION_VERSION", error.Code);
        Assert.Contains(url, error.Message);
    }

    [Fact]
    public void Context_is_refused_and_authorization_directives_are_warned_about()
    {
        var error = Fails(("a", """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.8", import: ["@key", "@context"])
            type Query { a: A }
            type A @key(fields: "id") @context(name: "x") { id: ID! }
            """));
        Assert.Equal("APOLLO_UNSUPPORTED_DIRECTIVE", error.Code);

        var result = Compose(("a", """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@authenticated"])
            type Query { a: Int @authenticated }
            """));
        Assert.True(result.Succeeded);
        Assert.Contains(result.Warnings, w => w.Code == "APOLLO_DIRECTIVE_IGNORED");
    }

    [Fact]
    public void An_apollo_subgraph_extends_an_entity_of_our_registries_by_key()
    {
        IReadOnlyList<SourceSchema> sources =
        [
            .. RepositorySchemas.All,
            SourceSchema.ApolloSubgraph("energielabels", EnergielabelsSubgraph, "http://energielabels.test/graphql"),
        ];
        var configuration = Configuration(sources);
        var pand = configuration.Types.Single(t => t.Name == "Pand");
        Assert.Equal(["energielabels"], pand.Fields.Single(f => f.Name == "energielabel").Sources.Select(s => s.Schema));
        var lookup = pand.Lookups.Single(l => l.Schema == "energielabels");
        Assert.True(lookup is { Field: "_entities", Entities: true, Key: "identificatie" });
        Assert.Contains(pand.Lookups, l => l is { Schema: "bag", Entities: false });
        Assert.True(configuration.SourceSchemas.Single(s => s.Name == "energielabels").ApolloFederation);
        Assert.False(configuration.SourceSchemas.Single(s => s.Name == "bag").ApolloFederation);
    }

    /// <summary>An Apollo subgraph adding a field to the registries' <c>Pand</c> (key <c>identificatie</c>, from bag).</summary>
    public const string EnergielabelsSubgraph = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])

        type Pand @key(fields: "identificatie") {
          identificatie: String!
          energielabel: String
        }
        """;
}
