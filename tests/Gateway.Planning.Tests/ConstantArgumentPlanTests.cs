using FederatedGraph.Gateway.Planning.Planner;
using FederatedGraph.Gateway.Planning.Plans;
using FederatedGraph.Gateway.Planning.Schema;
using FederatedGraph.Tests.Shared;
using GraphQLParser;

namespace FederatedGraph.Gateway.Planning.Tests;

/// <summary>Keys, <c>@is</c> and <c>@require</c> maps that pass constant arguments (<see cref="PercelenFederation"/>).</summary>
public sealed class ConstantArgumentPlanTests
{
    private static readonly CompositeSchema Schema = CompositeSchemaBuilder.FromConfiguration(PercelenFederation.Compose());

    [Fact]
    public void The_key_is_selected_with_its_constant_argument_and_passed_to_the_lookup()
    {
        var plan = Plan("{ percelen { bestemming oppervlakte } }");

        Assert.Equal(2, plan.Fetches.Count);
        Assert.Equal("query { percelen { bestemming _fg_02e58989a_id: id(bron: KADASTER) } }", plan.Fetches[0].Document);
        var entity = plan.Fetches[1];
        Assert.Equal(("kadaster", FetchKind.Entity), (entity.SourceSchema, entity.Kind));
        Assert.Contains("perceel(id: $_fg_k0) { oppervlakte }", entity.Document);
        Assert.Equal(["_fg_02e58989a_id"], entity.Lookup!.Variables.Single().ValuePath);
    }

    [Fact]
    public void A_client_field_with_other_arguments_does_not_take_the_key_s_place()
    {
        var plan = Plan("{ percelen { id(bron: GEMEENTE) oppervlakte } }");

        Assert.Equal("query { percelen { id(bron: GEMEENTE) _fg_02e58989a_id: id(bron: KADASTER) } }", plan.Fetches[0].Document);
    }

    [Fact]
    public void A_requirement_with_a_constant_argument_is_fetched_next_to_the_client_s_own_selection_of_the_field()
    {
        var plan = Plan("{ percelen { oppervlakte(eenheid: HA) ozb } }");

        var area = plan.Fetches.Single(f => f.SourceSchema == "kadaster");
        Assert.Contains("perceel(id: $_fg_k0) { oppervlakte(eenheid: HA) _fg_07b859c79_oppervlakte: oppervlakte(eenheid: M2) }", area.Document);
        var levy = plan.Fetches.Single(f => f is { SourceSchema: "gemeente", Kind: FetchKind.Entity });
        Assert.Contains(area.Id, levy.DependsOn);
        Assert.Contains("ozb(oppervlakte: $_fg_r0)", levy.Document);
        Assert.Contains(levy.Lookup!.Variables, v => v.ValuePath.SequenceEqual(["_fg_07b859c79_oppervlakte"]));
    }

    [Fact]
    public void A_nested_key_field_with_a_constant_argument_is_selected_under_its_parent()
    {
        const string aanduiding = """
            enum Opmaak { KORT LANG }
            type Aanduiding { nummer(opmaak: Opmaak!): String! }
            type Perceel @key(fields: "aanduiding { nummer(opmaak: KORT) }") {
            """;
        var configuration = PercelenFederation.Compose(
            ("kadaster", aanduiding + """
                aanduiding: Aanduiding!
                oppervlakte: Int
              }
              type Query { perceel(nummer: String! @is(field: "aanduiding.nummer(opmaak: KORT)")): Perceel @lookup }
              """),
            ("gemeente", aanduiding + """
                aanduiding: Aanduiding!
                bestemming: String
              }
              type Query {
                percelen: [Perceel!]!
                perceel(nummer: String! @is(field: "aanduiding.nummer(opmaak: KORT)")): Perceel @lookup @internal
              }
              """));

        var plan = new OperationPlanner(CompositeSchemaBuilder.FromConfiguration(configuration)).Plan(Parser.Parse("{ percelen { aanduiding { nummer(opmaak: LANG) } oppervlakte } }"), null);

        Assert.Equal(
            "query { percelen { aanduiding { nummer(opmaak: LANG) } _fg_aanduiding: aanduiding { _fg_0e29e4ed3_nummer: nummer(opmaak: KORT) } } }",
            plan.Fetches[0].Document);
        Assert.Equal(["_fg_aanduiding", "_fg_0e29e4ed3_nummer"], plan.Fetches[1].Lookup!.Variables.Single().ValuePath);
    }

    [Theory]
    [InlineData("id", "id")]
    [InlineData(" aanduiding.nummer ", "aanduiding.nummer")]
    [InlineData("maat(schaal: 1.5).label(tekst: \"a.b (c)\", opties: {kort: true})", "maat(schaal: 1.5).label(tekst: \"a.b (c)\", opties: {kort: true})")]
    public void A_field_path_keeps_the_constant_arguments_of_each_segment(string map, string printed)
        => Assert.Equal(printed, FieldPath.Parse(map).ToString());

    [Theory]
    [InlineData("{ id }")]
    [InlineData("eigenaar<Persoon>.bsn")]
    [InlineData("bsn | rsin")]
    [InlineData("id(bron: $bron)")]
    [InlineData("id(bron: KADASTER")]
    [InlineData("id.")]
    public void Other_field_selection_maps_are_refused_when_the_model_is_built(string map)
        => Assert.Throws<NotSupportedException>(() => FieldPath.Parse(map));

    private static OperationPlan Plan(string operation) => new OperationPlanner(Schema).Plan(Parser.Parse(operation), null);
}
