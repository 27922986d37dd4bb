using FederatedGraph.Gateway.Planning.Planner;
using FederatedGraph.Gateway.Planning.Plans;
using FederatedGraph.Gateway.Planning.Schema;
using FederatedGraph.Tests.Shared;
using GraphQLParser;

namespace FederatedGraph.Gateway.Planning.Tests;

/// <summary>An interface whose implementations another source schema completes (<see cref="ZakenFederation"/>).</summary>
public sealed class InterfacePlanTests
{
    private static readonly CompositeSchema Schema = CompositeSchemaBuilder.FromConfiguration(ZakenFederation.Compose());

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
}
