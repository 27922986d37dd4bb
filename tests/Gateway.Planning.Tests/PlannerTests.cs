using FederatedGraph.Gateway.Configuration;
using FederatedGraph.Gateway.Planning.Planner;
using FederatedGraph.Gateway.Planning.Plans;
using FederatedGraph.Gateway.Planning.Schema;
using GraphQLParser;
using Snapshooter.Xunit;

namespace FederatedGraph.Gateway.Planning.Tests;

public sealed class PlannerTests
{
    [Fact]
    public void Mutation_fields_are_one_fetch_each_in_the_order_written()
    {
        var plan = new OperationPlanner(SyntheticSchema()).Plan(Parser.Parse("""
            mutation { first: increment(by: 1) { value } audit { id } second: increment(by: 2) { value label } }
            """), null);

        Snapshot.Match(plan.Text);
        Assert.Equal([[], [1], [2], [3]], plan.Fetches.Select(f => f.DependsOn.ToArray()));
        Assert.Equal(["counter", "log", "counter", "labels"], plan.Fetches.Select(f => f.SourceSchema));
    }

    [Fact]
    public void A_plan_is_cached_by_document_and_operation_name()
    {
        var planner = new OperationPlanner(CommittedConfiguration.Schema);
        const string document = "query A { personen(first: 1) { totalCount } } query B { persoon(burgerservicenummer: \"1\") { geslacht } }";

        var first = planner.Plan(Parser.Parse(document), "A");
        var again = planner.Plan(Parser.Parse(document), "A");
        var other = planner.Plan(Parser.Parse(document), "B");

        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.Equal(2, planner.CachedPlans);
    }

    [Fact]
    public void The_cache_is_bounded()
    {
        var planner = new OperationPlanner(CommittedConfiguration.Schema, cacheCapacity: 2);

        foreach (var first in new[] { 1, 2, 3 })
            planner.Plan(Parser.Parse($"{{ personen(first: {first}) {{ totalCount }} }}"), null);

        Assert.Equal(2, planner.CachedPlans);
    }

    [Theory]
    [InlineData("{ __schema { types { name } } personen { totalCount } }", PlanningErrorCodes.IntrospectionMixed)]
    [InlineData("{ personen { _fg_x: totalCount } }", PlanningErrorCodes.ReservedAlias)]
    [InlineData("query A { __typename } query B { __typename }", PlanningErrorCodes.UnknownOperation)]
    public void Operations_the_gateway_does_not_answer_are_refused_with_a_code(string document, string code)
    {
        var exception = Assert.Throws<OperationPlanningException>(() => CommittedConfiguration.Plan(document));
        Assert.Equal(code, exception.Code);
    }

    [Fact]
    public void Root_typename_needs_no_fetch()
        => Assert.Empty(CommittedConfiguration.Plan("{ __typename }").Fetches);

    [Fact]
    public void Without_batching_an_entity_fetch_repeats_the_lookup_under_aliases()
    {
        var lookup = CommittedConfiguration.Plan("{ wozObject(wozObjectnummer: \"1\") { verblijfsobject { wozWaardePerVierkanteMeter } } }").Fetches[^1].Lookup!;

        Assert.Equal(
            "query($_fg_k0_0: String!, $_fg_r0_0: Int!, $_fg_k0_1: String!, $_fg_r0_1: Int!) { "
            + "_fg_0: verblijfsobject(identificatie: $_fg_k0_0) { wozWaardePerVierkanteMeter(oppervlakte: $_fg_r0_0) } "
            + "_fg_1: verblijfsobject(identificatie: $_fg_k0_1) { wozWaardePerVierkanteMeter(oppervlakte: $_fg_r0_1) } }",
            lookup.AliasBatchDocument(2));
    }

    /// <summary>
    /// A counter service with mutations, a log service with one, and a labels service that adds a field to the
    /// counter's result type through a lookup.
    /// </summary>
    private static CompositeSchema SyntheticSchema()
    {
        static FieldConfiguration Field(string name, string type, params string[] schemas)
            => new() { Name = name, Type = type, Sources = [.. schemas.Select(s => new FieldSourceConfiguration { Schema = s, Type = type })] };
        var capabilities = new SourceSchemaCapabilitiesConfiguration { VariableBatching = true, RequestBatching = true };
        return CompositeSchemaBuilder.FromConfiguration(new GatewayConfiguration
        {
            FormatVersion = GatewayConfiguration.CurrentFormatVersion,
            SourceSchemas = [.. new[] { "counter", "labels", "log" }.Select(n => new SourceSchemaConfiguration { Name = n, Url = $"http://{n}/graphql", Capabilities = capabilities })],
            Types =
            [
                new TypeConfiguration { Name = "Query", Kind = TypeConfigurationKind.Object, Fields = [Field("count", "Counter", "counter")] },
                new TypeConfiguration
                {
                    Name = "Mutation", Kind = TypeConfigurationKind.Object,
                    Fields = [Field("increment", "Counter!", "counter") with { Arguments = [new ArgumentConfiguration { Name = "by", Type = "Int!" }] }, Field("audit", "Entry!", "log")],
                },
                new TypeConfiguration
                {
                    Name = "Counter", Kind = TypeConfigurationKind.Object,
                    Keys = [new KeyConfiguration { Schema = "counter", Fields = "id" }, new KeyConfiguration { Schema = "labels", Fields = "id" }],
                    Lookups = [new LookupConfiguration { Schema = "labels", Field = "counter", Key = "id", Internal = true, Arguments = [new LookupArgumentConfiguration { Name = "id", Type = "ID!", Map = "id" }] }],
                    Fields = [Field("id", "ID!", "counter", "labels"), Field("value", "Int!", "counter"), Field("label", "String", "labels")],
                },
                new TypeConfiguration { Name = "Entry", Kind = TypeConfigurationKind.Object, Fields = [Field("id", "ID!", "log")] },
            ],
        });
    }
}
