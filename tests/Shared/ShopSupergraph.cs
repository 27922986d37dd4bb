namespace FederatedGraph.Tests.Shared;

/// <summary>
/// A small Apollo Federation 2 supergraph of our own, a shop of four subgraphs, with one of each construct the
/// gateway must honour: several keys, a composite nested key and a <c>resolvable: false</c> one; <c>@requires</c>
/// and a chain of them; <c>@provides</c>; <c>@external</c>; <c>@override</c>; an <c>@interfaceObject</c>;
/// <c>@inaccessible</c> fields and enum values; a value type shared by two subgraphs; a union one subgraph narrows to an object type; a mutation in each of two.
/// </summary>
public static class ShopSupergraph
{
    public const string Sdl = """
        schema
          @link(url: "https://specs.apollo.dev/link/v1.0")
          @link(url: "https://specs.apollo.dev/join/v0.3", for: EXECUTION)
          @link(url: "https://specs.apollo.dev/inaccessible/v0.2", for: SECURITY)
        {
          query: Query
          mutation: Mutation
        }

        directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION
        directive @join__field(graph: join__Graph, requires: join__FieldSet, provides: join__FieldSet, type: String, external: Boolean, override: String, usedOverridden: Boolean) repeatable on FIELD_DEFINITION | INPUT_FIELD_DEFINITION
        directive @join__type(graph: join__Graph!, key: join__FieldSet, extension: Boolean! = false, resolvable: Boolean! = true, isInterfaceObject: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR

        scalar join__FieldSet

        enum join__Graph {
          CATALOG @join__graph(name: "catalog", url: "http://catalog.test/graphql")
          STOCK @join__graph(name: "stock", url: "http://stock.test/graphql")
          SHIPPING @join__graph(name: "shipping", url: "http://shipping.test/graphql")
          REVIEWS @join__graph(name: "reviews", url: "http://reviews.test/graphql")
        }

        type Query @join__type(graph: CATALOG) @join__type(graph: STOCK) @join__type(graph: SHIPPING) @join__type(graph: REVIEWS) {
          products: [Product!]! @join__field(graph: CATALOG)
          media: [Media!]! @join__field(graph: CATALOG)
          topReviews: [Review!]! @join__field(graph: REVIEWS)
          topMedia: [Media!]! @join__field(graph: REVIEWS)
          spotlight: Spotlight @join__field(graph: CATALOG, type: "Product") @join__field(graph: REVIEWS)
          secret: String @join__field(graph: CATALOG) @inaccessible
        }

        type Mutation @join__type(graph: CATALOG) @join__type(graph: REVIEWS) {
          rename(upc: ID!, name: String!): Product @join__field(graph: CATALOG)
          review(upc: ID!, body: String!): Review @join__field(graph: REVIEWS)
        }

        type Product
          @join__type(graph: CATALOG, key: "upc")
          @join__type(graph: CATALOG, key: "sku { code region }")
          @join__type(graph: STOCK, key: "sku { code region }")
          @join__type(graph: SHIPPING, key: "upc")
          @join__type(graph: REVIEWS, key: "upc", resolvable: false)
        {
          upc: ID! @join__field(graph: CATALOG) @join__field(graph: SHIPPING) @join__field(graph: REVIEWS)
          sku: Sku! @join__field(graph: CATALOG) @join__field(graph: STOCK)
          name: String @join__field(graph: CATALOG) @join__field(graph: REVIEWS, external: true)
          weight: Int @join__field(graph: CATALOG) @join__field(graph: SHIPPING, external: true)
          inStock: Boolean @join__field(graph: STOCK)
          shippingCost: Int @join__field(graph: SHIPPING, requires: "weight") @join__field(graph: STOCK, external: true)
          insurance: Int @join__field(graph: STOCK, requires: "shippingCost")
          deliveryDays: Int @join__field(graph: SHIPPING)
          origin: Region @join__field(graph: CATALOG)
          price: Int @join__field(graph: STOCK, override: "catalog") @join__field(graph: CATALOG, usedOverridden: true)
          internalCode: String @join__field(graph: CATALOG) @inaccessible
        }

        type Sku @join__type(graph: CATALOG) @join__type(graph: STOCK) {
          code: String!
          region: Region!
          barcode: String @join__field(graph: STOCK)
        }

        enum Region @join__type(graph: CATALOG) @join__type(graph: STOCK) {
          EU @join__enumValue(graph: CATALOG) @join__enumValue(graph: STOCK)
          LEGACY @join__enumValue(graph: CATALOG) @inaccessible
        }

        type Review @join__type(graph: REVIEWS, key: "id") {
          id: ID!
          body: String!
          product: Product! @join__field(graph: REVIEWS, provides: "name")
        }

        union Spotlight @join__type(graph: CATALOG) @join__type(graph: REVIEWS)
          @join__unionMember(graph: CATALOG, member: "Product") @join__unionMember(graph: REVIEWS, member: "Review") = Product | Review

        interface Media @join__type(graph: CATALOG, key: "id") @join__type(graph: REVIEWS, key: "id", isInterfaceObject: true) {
          id: ID!
          title: String @join__field(graph: CATALOG)
          rating: Int @join__field(graph: REVIEWS)
        }

        type Book implements Media @join__implements(graph: CATALOG, interface: "Media") @join__type(graph: CATALOG, key: "id") {
          id: ID!
          title: String
          rating: Int @join__field
        }
        """;
}
