namespace FederatedGraph.Tests.Shared;

/// <summary>
/// The four subgraphs of <see cref="ShopSupergraph"/> as their own Federation 2 SDL (what <c>{ _service { sdl } }</c>
/// returns), written so that composing them gives the supergraph's types, fields and lookups. Each uses another way
/// of naming the federation directives: plain imports, a renamed import, the <c>federation__</c> namespace.
/// </summary>
public static class ShopSubgraphs
{
    public const string Catalog = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@inaccessible"])

        type Query {
          products: [Product!]!
          media: [Media!]!
          spotlight: Product @shareable
          secret: String @inaccessible
        }

        type Mutation {
          rename(upc: ID!, name: String!): Product
        }

        type Product @key(fields: "upc") @key(fields: "sku { code region }") {
          upc: ID!
          sku: Sku!
          name: String
          weight: Int
          price: Int
          origin: Region
          internalCode: String @inaccessible
        }

        type Sku @shareable {
          code: String!
          region: Region!
        }

        enum Region {
          EU
          LEGACY @inaccessible
        }

        union Spotlight = Product

        interface Media @key(fields: "id") {
          id: ID!
          title: String
        }

        type Book implements Media @key(fields: "id") {
          id: ID!
          title: String
        }
        """;

    public const string Stock = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: [{ name: "@key", as: "@primaryKey" }, "@shareable", "@external", "@requires", "@override"])

        type Product @primaryKey(fields: "sku { code region }") {
          sku: Sku!
          inStock: Boolean
          shippingCost: Int @external
          insurance: Int @requires(fields: "shippingCost")
          price: Int @override(from: "catalog")
        }

        type Sku @shareable {
          code: String!
          region: Region!
          barcode: String
        }

        enum Region {
          EU
        }
        """;

    public const string Shipping = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3")

        type Product @federation__key(fields: "upc") {
          upc: ID!
          weight: Int @federation__external
          shippingCost: Int @federation__requires(fields: "weight")
          deliveryDays: Int
        }
        """;

    public const string Reviews = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@provides", "@interfaceObject", "@shareable"])

        type Query {
          topReviews: [Review!]!
          topMedia: [Media!]!
          spotlight: Spotlight @shareable
        }

        union Spotlight = Review

        type Mutation {
          review(upc: ID!, body: String!): Review
        }

        type Review @key(fields: "id") {
          id: ID!
          body: String!
          product: Product! @provides(fields: "name")
        }

        type Product @key(fields: "upc", resolvable: false) {
          upc: ID!
          name: String @external
        }

        type Media @key(fields: "id") @interfaceObject {
          id: ID!
          rating: Int
        }
        """;

    /// <summary>The subgraphs as <c>(name, url, sdl)</c>, with the supergraph's URLs.</summary>
    public static readonly IReadOnlyList<(string Name, string Url, string Sdl)> All =
    [
        ("catalog", "http://catalog.test/graphql", Catalog),
        ("stock", "http://stock.test/graphql", Stock),
        ("shipping", "http://shipping.test/graphql", Shipping),
        ("reviews", "http://reviews.test/graphql", Reviews),
    ];
}
