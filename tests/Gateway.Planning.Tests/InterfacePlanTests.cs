using FederatedGraph.Composition;
using FederatedGraph.Composition.Output;
using SourceSchema = FederatedGraph.Composition.SourceSchemas.SourceSchema;
using FederatedGraph.Gateway.Planning.Planner;
using FederatedGraph.Gateway.Planning.Plans;
using FederatedGraph.Gateway.Planning.Schema;
using GraphQLParser;

namespace FederatedGraph.Gateway.Planning.Tests;

/// <summary>
/// An interface whose implementations are completed by another source schema. None of the five registries
/// declares an interface, so two small source schemas are composed here: "zaken" lists cases through an
/// interface, "vergunningen" adds the status of one implementation.
/// </summary>
public sealed class InterfacePlanTests
{
    private const string Zaken = """
        type Query { zaken: [Zaak!]! }
        interface Zaak { id: ID! omschrijving: String }
        type Vergunning implements Zaak @key(fields: "id") { id: ID! omschrijving: String }
        type Melding implements Zaak @key(fields: "id") { id: ID! omschrijving: String }
        """;

    private const string Vergunningen = """
        type Query { vergunning(id: ID!): Vergunning @lookup @internal }
        type Vergunning @key(fields: "id") { id: ID! status: String }
        """;

    private static readonly CompositeSchema Schema = Compose(
        SourceSchema.FromSdl("zaken", Zaken), SourceSchema.FromSdl("vergunningen", Vergunningen));

    [Fact]
    public void Interface_fields_come_from_the_root_fetch_alone()
    {
        var plan = Plan("{ zaken { id omschrijving } }");

        var fetch = Assert.Single(plan.Fetches);
        Assert.Equal("zaken", fetch.SourceSchema);
    }

    [Fact]
    public void A_field_of_one_implementation_from_another_source_schema_is_an_entity_fetch_for_that_type_only()
    {
        var plan = Plan("{ zaken { omschrijving ... on Vergunning { status } } }");

        Assert.Equal(2, plan.Fetches.Count);
        var root = plan.Fetches[0];
        Assert.Equal("zaken", root.SourceSchema);
        // The root fetch tells the object types apart and selects the key of the implementation that needs more.
        Assert.Contains("_fg_type: __typename", root.Document);
        Assert.Contains("... on Vergunning { omschrijving _fg_id: id }", root.Document);
        Assert.Contains("... on Melding { omschrijving }", root.Document);
        var entity = plan.Fetches[1];
        Assert.Equal("vergunningen", entity.SourceSchema);
        Assert.Equal(FetchKind.Entity, entity.Kind);
        Assert.Equal([root.Id], entity.DependsOn);
        Assert.Contains("at zaken<Vergunning>", plan.Text);
        Assert.Contains("vergunning(id: $_fg_k0) { status }", entity.Document);
    }

    [Fact]
    public void An_inline_fragment_on_the_interface_itself_needs_no_entity_fetch()
    {
        var plan = Plan("{ zaken { ... on Zaak { id } ... on Melding { omschrijving } } }");

        Assert.Single(plan.Fetches);
    }

    private static OperationPlan Plan(string operation) => new OperationPlanner(Schema).Plan(Parser.Parse(operation), null);

    private static CompositeSchema Compose(params SourceSchema[] sources)
    {
        var result = Composer.Compose(sources);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.ToString())));
        return CompositeSchemaBuilder.FromConfiguration(GatewayConfigurationBuilder.Build(result.Schema!, sources));
    }
}
