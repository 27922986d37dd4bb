using FederatedGraph.Composition.Apollo;
using FederatedGraph.Gateway.Planning.Planner;
using FederatedGraph.Gateway.Planning.Plans;
using FederatedGraph.Gateway.Planning.Schema;
using FederatedGraph.Tests.Shared;
using GraphQLParser;

namespace FederatedGraph.Gateway.Planning.Tests;

/// <summary>Plans over Apollo Federation subgraphs (<see cref="ShopSupergraph"/>): entities through <c>_entities</c>, one construct per test.</summary>
public sealed class ApolloPlanTests
{
    private static readonly OperationPlanner Planner = PlannerFor(ShopSupergraph.Sdl);

    /// <summary>A planner over an Apollo supergraph of the test's own.</summary>
    private static OperationPlanner PlannerFor(string supergraph) => new(CompositeSchemaBuilder.FromConfiguration(SupergraphReader.Read(supergraph).Configuration));

    private static OperationPlan Plan(string document) => Planner.Plan(Parser.Parse(document), null);

    private static string Fetches(OperationPlan plan) => string.Join('\n', plan.Text.Split('\n').Skip(1)).TrimEnd();

    [Fact]
    public void An_entity_is_fetched_through_entities_with_its_composite_nested_key_in_the_representation()
        => Assert.Equal("""
            Fetch 1 · catalog · root
              query { products { name _fg_sku: sku { code region } } }
            Fetch 2 · stock · after 1 · at products
              entities Product { sku }
              query($_fg_representations: [_Any!]!) { _entities(representations: $_fg_representations) { ... on Product { inStock } } }
            """, Fetches(Plan("{ products { name inStock } }")));

    [Fact]
    public void Requires_fetches_the_required_field_first_and_passes_it_in_the_representation()
        => Assert.Equal("""
            Fetch 1 · catalog · root
              query { products { _fg_upc: upc _fg_weight: weight } }
            Fetch 2 · shipping · after 1 · at products
              entities Product { upc } requires { weight }
              query($_fg_representations: [_Any!]!) { _entities(representations: $_fg_representations) { ... on Product { shippingCost } } }
            """, Fetches(Plan("{ products { shippingCost } }")));

    [Fact]
    public void A_field_with_requires_shares_one_entities_call_with_the_other_fields_of_its_subgraph()
        => Assert.Equal("""
            Fetch 1 · catalog · root
              query { products { _fg_upc: upc _fg_weight: weight } }
            Fetch 2 · shipping · after 1 · at products
              entities Product { upc } requires { weight }
              query($_fg_representations: [_Any!]!) { _entities(representations: $_fg_representations) { ... on Product { deliveryDays shippingCost } } }
            """, Fetches(Plan("{ products { deliveryDays shippingCost } }")));

    [Fact]
    public void A_subgraph_that_returns_one_object_type_for_a_union_gets_only_that_types_fields_and_still_gives_its_type_name()
        => Assert.Equal("""
            Fetch 1 · catalog · root
              query { spotlight { _fg_type: __typename name } }
            """, Fetches(Plan("{ spotlight { __typename ... on Product { name } ... on Review { body } } }")));

    [Fact]
    public void Same_named_fields_of_different_types_in_sibling_type_fragments_are_told_apart_by_an_alias()
    {
        var planner = PlannerFor(AccountsSupergraph.Sdl);

        var plan = planner.Plan(Parser.Parse("{ accounts { ... on User { id name } ... on Admin { id name } } }"), null);

        Assert.Contains("... on User { id name } ... on Admin { _fg_0c_id: id name }", plan.Fetches[0].Document);
    }

    [Fact]
    public void Fields_that_require_one_field_with_different_arguments_each_get_their_value_under_an_alias_of_their_own()
    {
        const string supergraph = $$"""
            {{SupergraphPreamble.Join}}
            enum join__Graph {
              PRICES @join__graph(name: "prices", url: "http://prices.test/graphql")
              SHIPPING @join__graph(name: "shipping", url: "http://shipping.test/graphql")
            }
            type Query @join__type(graph: PRICES) @join__type(graph: SHIPPING) { products: [Product] @join__field(graph: PRICES) }
            type Product @join__type(graph: PRICES, key: "upc") @join__type(graph: SHIPPING, key: "upc") {
              upc: String!
              price(currency: String!): Int @join__field(graph: PRICES) @join__field(graph: SHIPPING, external: true)
              costUsd: Int @join__field(graph: SHIPPING, requires: "price(currency: \"USD\")")
              costEur: Int @join__field(graph: SHIPPING, requires: "price(currency: \"EUR\")")
            }
            """;
        var planner = PlannerFor(supergraph);

        var plan = planner.Plan(Parser.Parse("{ products { costUsd costEur } }"), null);

        var usd = ReservedNames.WithArguments("price", "(currency: \"USD\")");
        var eur = ReservedNames.WithArguments("price", "(currency: \"EUR\")");
        Assert.NotEqual(usd, eur);
        Assert.Contains($"{usd}: price(currency: \"USD\") {eur}: price(currency: \"EUR\")", plan.Fetches[0].Document);
        Assert.Equal(new[] { usd, eur }.Order(), plan.Fetches.Skip(1).Select(f => f.Lookup!.ResultName("price")).Order());
    }

    [Fact]
    public void A_value_type_field_and_the_key_of_its_entity_come_from_a_subgraph_reached_by_the_key_of_the_first_fetch()
    {
        // parcels delivers a parcel with its id; registry and survey know the parcel only by that (external) key and
        // both return its owner, a value type there; only owners knows owners by key, and only registry has their id.
        const string supergraph = $$"""
            {{SupergraphPreamble.Join}}
            enum join__Graph {
              PARCELS @join__graph(name: "parcels", url: "http://parcels.test/graphql")
              REGISTRY @join__graph(name: "registry", url: "http://registry.test/graphql")
              SURVEY @join__graph(name: "survey", url: "http://survey.test/graphql")
              OWNERS @join__graph(name: "owners", url: "http://owners.test/graphql")
            }
            type Query @join__type(graph: PARCELS) @join__type(graph: REGISTRY) @join__type(graph: SURVEY) @join__type(graph: OWNERS) { parcel(id: ID!): Parcel @join__field(graph: PARCELS) }
            type Parcel @join__type(graph: PARCELS, key: "id") @join__type(graph: REGISTRY, key: "id") @join__type(graph: SURVEY, key: "id") {
              id: ID @join__field(graph: PARCELS) @join__field(graph: REGISTRY, external: true) @join__field(graph: SURVEY, external: true)
              owner: Owner @join__field(graph: SURVEY) @join__field(graph: REGISTRY)
            }
            type Owner @join__type(graph: SURVEY) @join__type(graph: REGISTRY) @join__type(graph: OWNERS, key: "id") {
              id: ID @join__field(graph: REGISTRY) @join__field(graph: OWNERS)
              name: String @join__field(graph: OWNERS)
              since: String @join__field(graph: SURVEY)
            }
            """;
        var planner = PlannerFor(supergraph);

        var plan = planner.Plan(Parser.Parse("{ parcel(id: \"1\") { owner { since name } } }"), null);

        Assert.Equal(["parcels", "survey", "registry", "owners"], plan.Fetches.Select(f => f.SourceSchema));
        Assert.Equal([[], [1], [1], [2, 3]], plan.Fetches.Select(f => f.DependsOn.ToArray()));
        Assert.Contains("owner { _fg_id: id }", plan.Fetches[2].Document);
    }

    [Fact]
    public void A_key_with_a_list_below_it_gets_a_field_of_each_item_from_another_subgraph_before_it_is_sent()
    {
        // depot delivers a shipment with its parcels by code; only zones knows a parcel's zone (by code), and carrier
        // knows a shipment only by the code and zone of each of its parcels.
        const string supergraph = $$"""
            {{SupergraphPreamble.Join}}
            enum join__Graph {
              DEPOT @join__graph(name: "depot", url: "http://depot.test/graphql")
              ZONES @join__graph(name: "zones", url: "http://zones.test/graphql")
              CARRIER @join__graph(name: "carrier", url: "http://carrier.test/graphql")
            }
            type Query @join__type(graph: DEPOT) @join__type(graph: ZONES) @join__type(graph: CARRIER) { shipment: Shipment @join__field(graph: DEPOT) }
            type Shipment @join__type(graph: DEPOT, key: "parcels { code }") @join__type(graph: CARRIER, key: "parcels { code zone }") {
              parcels: [Parcel!]!
              trackingUrl: String @join__field(graph: CARRIER)
            }
            type Parcel @join__type(graph: DEPOT, key: "code") @join__type(graph: ZONES, key: "code") @join__type(graph: CARRIER, key: "code zone") {
              code: ID!
              zone: String @join__field(graph: ZONES) @join__field(graph: CARRIER)
            }
            """;
        var planner = PlannerFor(supergraph);

        var plan = planner.Plan(Parser.Parse("{ shipment { trackingUrl } }"), null);

        Assert.Equal("""
            Fetch 1 · depot · root
              query { shipment { _fg_parcels: parcels { code _fg_code: code } } }
            Fetch 2 · zones · after 1 · at shipment._fg_parcels
              entities Parcel { code }
              query($_fg_representations: [_Any!]!) { _entities(representations: $_fg_representations) { ... on Parcel { zone } } }
            Fetch 3 · carrier · after 1, 2 · at shipment
              entities Shipment { parcels }
              query($_fg_representations: [_Any!]!) { _entities(representations: $_fg_representations) { ... on Shipment { trackingUrl } } }
            """, Fetches(plan));
    }

    [Fact]
    public void A_union_field_another_subgraph_could_also_answer_asks_only_for_the_members_both_have()
    {
        // north and south both give a store's shelf (shareable, the store by key) with its union of items, each with
        // a member of its own; a shelf only south gives keeps south's members.
        const string supergraph = $$"""
            {{SupergraphPreamble.Join}}
            enum join__Graph {
              NORTH @join__graph(name: "north", url: "http://north.test/graphql")
              SOUTH @join__graph(name: "south", url: "http://south.test/graphql")
            }
            type Query @join__type(graph: NORTH) @join__type(graph: SOUTH) { store: Store @join__field(graph: NORTH) }
            type Store @join__type(graph: NORTH, key: "id") @join__type(graph: SOUTH, key: "id") {
              id: ID!
              shelf: Shelf
              backShelf: Shelf @join__field(graph: SOUTH)
            }
            type Shelf @join__type(graph: NORTH) @join__type(graph: SOUTH) { items: [Item!]! }
            union Item @join__type(graph: NORTH) @join__type(graph: SOUTH)
              @join__unionMember(graph: NORTH, member: "Book") @join__unionMember(graph: NORTH, member: "Pen")
              @join__unionMember(graph: SOUTH, member: "Book") @join__unionMember(graph: SOUTH, member: "Cup") = Book | Pen | Cup
            type Book @join__type(graph: NORTH) @join__type(graph: SOUTH) { title: String }
            type Pen @join__type(graph: NORTH) { ink: String }
            type Cup @join__type(graph: SOUTH) { size: Int }
            """;
        var planner = PlannerFor(supergraph);
        const string items = "items { __typename ... on Book { title } ... on Pen { ink } ... on Cup { size } }";

        Assert.Equal("""
            Fetch 1 · north · root
              query { store { shelf { items { _fg_type: __typename ... on Book { title } } } } }
            """, Fetches(planner.Plan(Parser.Parse($"{{ store {{ shelf {{ {items} }} }} }}"), null)));
        Assert.Contains("backShelf { items { _fg_type: __typename ... on Book { title } ... on Cup { size } } }",
            planner.Plan(Parser.Parse($"{{ store {{ backShelf {{ {items} }} }} }}"), null).Fetches[1].Document);
    }

    [Fact]
    public void A_field_on_an_interface_is_not_split_over_subgraphs_that_each_lack_it_for_another_object_type()
    {
        // Both give the shared asset field; left knows a vehicle's serial only by key (external), right a building's.
        // Asked on the interface, neither answer gives the serial of every asset: no plan. Asked per object type
        // (fragments), each object type is asked where it has its serial.
        const string supergraph = $$"""
            {{SupergraphPreamble.Join}}
            enum join__Graph {
              LEFT @join__graph(name: "left", url: "http://left.test/graphql")
              RIGHT @join__graph(name: "right", url: "http://right.test/graphql")
            }
            type Query @join__type(graph: LEFT) @join__type(graph: RIGHT) { asset(serial: ID!): Asset }
            interface Asset @join__type(graph: LEFT) @join__type(graph: RIGHT) { serial: ID! }
            type Building implements Asset @join__implements(graph: LEFT, interface: "Asset") @join__implements(graph: RIGHT, interface: "Asset")
              @join__type(graph: LEFT, key: "serial") @join__type(graph: RIGHT, key: "serial") {
              serial: ID! @join__field(graph: LEFT) @join__field(graph: RIGHT, external: true)
            }
            type Vehicle implements Asset @join__implements(graph: LEFT, interface: "Asset") @join__implements(graph: RIGHT, interface: "Asset")
              @join__type(graph: LEFT, key: "serial") @join__type(graph: RIGHT, key: "serial") {
              serial: ID! @join__field(graph: LEFT, external: true) @join__field(graph: RIGHT)
            }
            """;
        var planner = PlannerFor(supergraph);

        var error = Assert.Throws<OperationPlanningException>(() => planner.Plan(Parser.Parse("{ asset(serial: \"1\") { serial } }"), null));
        Assert.Equal(PlanningErrorCodes.CannotPlan, error.Code);
        var plan = planner.Plan(Parser.Parse("{ asset(serial: \"1\") { ... on Building { serial } ... on Vehicle { serial } } }"), null);
        Assert.Equal(["left", "right", "right"], plan.Fetches.Select(f => f.SourceSchema));
    }

    [Fact]
    public void A_chain_of_requires_runs_in_order()
    {
        var plan = Plan("{ products { insurance } }");

        Assert.Equal(["catalog", "shipping", "stock"], plan.Fetches.Select(f => f.SourceSchema));
        Assert.Equal([[], [1], [1, 2]], plan.Fetches.Select(f => f.DependsOn.ToArray()));
        Assert.Equal(["shippingCost"], plan.Fetches[2].Lookup!.RequiredFields);
        Assert.Contains("_fg_shippingCost: shippingCost", plan.Fetches[1].Document);
    }

    [Fact]
    public void Provided_fields_come_with_the_providing_field_and_external_ones_elsewhere_do_not()
    {
        Assert.Single(Plan("{ topReviews { product { name } } }").Fetches);
        Assert.Equal(2, Plan("{ products { weight shippingCost } }").Fetches.Count);
    }

    [Fact]
    public void A_key_the_delivering_subgraph_lacks_is_fetched_from_a_subgraph_it_can_reach_first()
    {
        // reviews knows a product only by upc and cannot be asked for one (resolvable: false); stock needs the sku.
        var plan = Plan("{ topReviews { product { inStock } } }");

        Assert.Equal(["reviews", "catalog", "stock"], plan.Fetches.Select(f => f.SourceSchema));
        Assert.Equal([[], [1], [1, 2]], plan.Fetches.Select(f => f.DependsOn.ToArray()));
        Assert.Contains("_fg_sku: sku { code region }", plan.Fetches[1].Document);
    }

    [Fact]
    public void An_overridden_field_is_fetched_from_the_subgraph_that_took_it_over()
        => Assert.Equal(["catalog", "stock"], Plan("{ products { price } }").Fetches.Select(f => f.SourceSchema));

    [Fact]
    public void Interface_object_fields_are_fetched_by_the_interface_name()
    {
        var entities = Plan("{ media { title ... on Book { rating } } }").Fetches[1];

        Assert.Equal("reviews", entities.SourceSchema);
        Assert.Equal("Media", entities.Lookup!.TypeName);
        Assert.Contains("... on Media { rating }", entities.Document);
    }

    [Fact]
    public void An_interface_object_delivers_the_interface_fields_without_a_type_name_it_cannot_know()
        => Assert.Equal("""
            Fetch 1 · reviews · root
              query { topMedia { rating } }
            """, Fetches(Plan("{ topMedia { rating } }")));

    [Fact]
    public void The_object_type_behind_an_interface_object_comes_from_the_subgraph_that_knows_the_implementations()
        => Assert.Equal("""
            Fetch 1 · reviews · root
              query { topMedia { rating _fg_id: id } }
            Fetch 2 · catalog · after 1 · at topMedia
              entities Media { id }
              query($_fg_representations: [_Any!]!) { _entities(representations: $_fg_representations) { ... on Media { title _fg_type: __typename ... on Book { id } } } }
            """, Fetches(Plan("{ topMedia { rating title __typename ... on Book { id } } }")));

    [Fact]
    public void A_field_of_a_value_type_is_asked_again_from_the_nearest_entity_another_subgraph_can_reach()
        => Assert.Equal("""
            Fetch 1 · catalog · root
              query { products { sku { code } _fg_sku: sku { code region } } }
            Fetch 2 · stock · after 1 · at products
              entities Product { sku }
              query($_fg_representations: [_Any!]!) { _entities(representations: $_fg_representations) { ... on Product { sku { barcode } } } }
            """, Fetches(Plan("{ products { sku { code barcode } } }")));

    [Fact]
    public void Mutations_of_different_subgraphs_run_in_the_order_written()
        => Assert.Equal([[], [1], [2]], Plan("mutation { a: review(upc: \"1\", body: \"x\") { id } rename(upc: \"1\", name: \"y\") { upc } b: review(upc: \"1\", body: \"z\") { id } }")
            .Fetches.Select(f => f.DependsOn.ToArray()));

    [Fact]
    public void Entity_fetches_of_one_subgraph_and_plan_level_with_the_same_selection_share_one_entities_call()
        => Assert.Equal("""
            Fetch 1 · catalog · root
              query { products { _fg_upc: upc } }
            Fetch 2 · shipping · after 1 · at products
              entities Product { upc }
              query($_fg_representations: [_Any!]!) { _entities(representations: $_fg_representations) { ... on Product { deliveryDays } } }
            Fetch 3 · reviews · root
              query { topReviews { product { _fg_upc: upc } } }
            Fetch 4 · shipping · after 3 · at topReviews.product
              entities Product { upc }
              query($_fg_representations: [_Any!]!) { _entities(representations: $_fg_representations) { ... on Product { deliveryDays } } }
            Batch · shipping · fetches 2, 4 · after 1, 3
            """, Fetches(Plan("{ products { deliveryDays } topReviews { product { deliveryDays } } }")));

    [Fact]
    public void Entity_fetches_of_one_subgraph_and_plan_level_with_different_selections_go_in_one_request_under_aliases()
        => Assert.Equal("""
            Fetch 1 · catalog · root
              query { products { _fg_upc: upc _fg_weight: weight } }
            Fetch 2 · shipping · after 1 · at products
              entities Product { upc } requires { weight }
              query($_fg_representations: [_Any!]!, $ship: Boolean!) { _entities(representations: $_fg_representations) { ... on Product { deliveryDays shippingCost @include(if: $ship) } } }
            Fetch 3 · reviews · root
              query { topReviews { product { _fg_upc: upc } } }
            Fetch 4 · shipping · after 3 · at topReviews.product
              entities Product { upc }
              query($_fg_representations: [_Any!]!) { _entities(representations: $_fg_representations) { ... on Product { deliveryDays } } }
            Batch · shipping · fetches 2, 4 · after 1, 3
              _fg_0: fetches 2
              _fg_1: fetches 4
              query($_fg_representations_0: [_Any!]!, $_fg_representations_1: [_Any!]!, $ship: Boolean!) { _fg_0: _entities(representations: $_fg_representations_0) { ... on Product { deliveryDays shippingCost @include(if: $ship) } } _fg_1: _entities(representations: $_fg_representations_1) { ... on Product { deliveryDays } } }
            """, Fetches(Plan("query($ship: Boolean!) { products { deliveryDays shippingCost @include(if: $ship) } topReviews { product { deliveryDays } } }")));

    [Fact]
    public void Entity_fetches_of_one_subgraph_at_different_plan_levels_are_sent_apart()
    {
        var plan = Plan("{ products { inStock } topReviews { product { inStock } } }");

        Assert.Equal(["catalog", "stock", "reviews", "catalog", "stock"], plan.Fetches.Select(f => f.SourceSchema));
        Assert.NotSame(plan.Fetches[1].Batch, plan.Fetches[4].Batch);
        Assert.DoesNotContain("Batch", plan.Text);
    }
}
