using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Satisfiability;
using FederatedGraph.Composition.SourceSchemas;

namespace FederatedGraph.Composition.Tests.Satisfiability;

/// <summary>
/// The satisfiability phase on its own (read, merge, validate satisfiability), so these cases do not depend
/// on the other validation rules. Schemas are named "a", "b", "c" in order.
/// </summary>
public sealed class SatisfiabilityTests
{
    private static List<CompositionError> Validate(params string[] sdl)
        => Validate(sdl.Select((s, i) => SourceSchema.FromSdl(((char)('a' + i)).ToString(), s)).ToList());

    private static List<CompositionError> Validate(IReadOnlyList<SourceSchema> sources)
    {
        var log = new CompositionLog();
        var schemas = sources.Select(s => SdlReader.Read(s.Name, s.Sdl, log)!).ToList();
        Assert.Empty(log.Errors);
        var merged = SchemaMerger.Merge(schemas, log);
        Assert.Empty(log.Errors);
        SatisfiabilityValidator.Validate(merged, log);
        return [.. log.Errors];
    }

    private static CompositionError SingleAt(List<CompositionError> errors, string schema, int line, int column)
    {
        Assert.All(errors, e => Assert.Equal(SatisfiabilityValidator.UnsatisfiableQueryPath, e.Code));
        return Assert.Single(errors, e => e.Schema == schema && e.Location.Line == line && e.Location.Column == column);
    }

    private const string PersonenBrp = """
        type Query { persoon(bsn: String!): Persoon @lookup }
        type Persoon @key(fields: "bsn") { bsn: String! naam: String! }
        """;

    [Fact]
    public void An_entity_jump_through_a_public_lookup_is_satisfiable()
        => Assert.Empty(Validate(
            PersonenBrp,
            """
            type Query { persoonInNationaliteiten(bsn: String!): Persoon @lookup }
            type Persoon @key(fields: "bsn") { bsn: String! nationaliteit: String }
            """));

    [Fact]
    public void An_entity_jump_through_an_internal_lookup_is_satisfiable()
        => Assert.Empty(Validate(
            PersonenBrp,
            """
            type Query { persoon(bsn: String!): Persoon @lookup @internal }
            type Persoon @key(fields: "bsn") { bsn: String! nationaliteit: String }
            """));

    [Fact]
    public void An_entity_jump_through_a_nested_lookup_path_is_satisfiable()
        => Assert.Empty(Validate(
            PersonenBrp,
            """
            type Query { gemeente: String lookups: Lookups! @internal }
            type Lookups @internal { persoon(burgerservicenummer: String! @is(field: "bsn")): Persoon @lookup }
            type Persoon @key(fields: "bsn") { bsn: String! nationaliteit: String }
            """));

    [Fact]
    public void A_requirement_supplied_by_another_schema_is_satisfiable_from_either_side()
        => Assert.Empty(Validate(
            """
            type Query { verblijfsobject(id: ID!): Verblijfsobject @lookup }
            type Verblijfsobject @key(fields: "id") { id: ID! oppervlakte: Int! }
            """,
            """
            type Query {
              duursteVerblijfsobject: Verblijfsobject
              verblijfsobject(id: ID!): Verblijfsobject @lookup @internal
            }
            type Verblijfsobject @key(fields: "id") {
              id: ID!
              prijsPerM2(oppervlakte: Int! @require(field: "oppervlakte")): Int
            }
            """));

    [Fact]
    public void A_provided_field_that_its_owner_can_also_look_up_is_satisfiable()
        => Assert.Empty(Validate(
            """
            type Query { persoon(bsn: String!): Persoon @lookup }
            type Persoon @key(fields: "bsn") { bsn: String! adres: Adres! @provides(fields: "postcode") }
            type Adres @key(fields: "id") { id: ID! postcode: String! @external }
            """,
            """
            type Query { adres(id: ID!): Adres @lookup @internal }
            type Adres @key(fields: "id") { id: ID! postcode: String! huisnummer: Int! }
            """));

    [Fact]
    public void A_union_whose_members_come_from_different_schemas_is_satisfiable()
        => Assert.Empty(Validate(
            """
            type Query { eigenaren(perceel: String!): [Eigenaar!]! }
            union Eigenaar = Persoon | Onderneming
            type Persoon @key(fields: "bsn") { bsn: String! }
            type Onderneming @key(fields: "kvkNummer") { kvkNummer: String! }
            """,
            """
            type Query { persoon(bsn: String!): Persoon @lookup }
            type Persoon @key(fields: "bsn") { bsn: String! naam: String! }
            """,
            """
            type Query { onderneming(kvkNummer: String!): Onderneming @lookup }
            type Onderneming @key(fields: "kvkNummer") { kvkNummer: String! handelsnaam: String! }
            """));

    [Fact]
    public void A_cycle_through_the_same_entity_ends_and_is_satisfiable()
        => Assert.Empty(Validate(
            """
            type Query { persoon(bsn: String!): Persoon @lookup }
            type Persoon @key(fields: "bsn") { bsn: String! naam: String! kinderen: [Persoon!]! ouders: [Persoon!]! }
            """,
            """
            type Query { persoon(bsn: String!): Persoon @lookup @internal }
            type Persoon @key(fields: "bsn") { bsn: String! partner: Persoon nationaliteit: String }
            """));

    [Fact]
    public void Inaccessible_fields_need_not_be_reachable()
        => Assert.Empty(Validate(
            PersonenBrp,
            """
            type Query { gemeente: String }
            type Persoon @key(fields: "bsn") { bsn: String! geheimnummer: String @inaccessible }
            """));

    [Fact]
    public void A_field_only_in_a_schema_without_a_lookup_for_its_type_is_unsatisfiable()
    {
        var errors = Validate(
            PersonenBrp,
            """
            type Query { gemeente: String }
            type Persoon @key(fields: "bsn") {
              bsn: String!
              nationaliteit: String
            }
            """);

        var error = SingleAt(errors, "b", 4, 3);
        Assert.Contains("Query.persoon -> Persoon.nationaliteit", error.Message);
        Assert.Contains("schema b, starting in schema a: schema b has no lookup for Persoon", error.Message);
        Assert.Contains("add a @lookup for Persoon to schema b", error.Message);
    }

    [Fact]
    public void A_lookup_whose_key_no_other_schema_can_supply_is_unsatisfiable()
    {
        var errors = Validate(
            PersonenBrp,
            """
            type Query { persoonOpAnummer(anummer: String!): Persoon @lookup @internal }
            type Persoon @key(fields: "anummer") {
              anummer: String!
              nationaliteit: String
            }
            """);

        var error = SingleAt(errors, "b", 4, 3);
        Assert.Contains("Query.persoon -> Persoon.nationaliteit", error.Message);
        Assert.Contains("its lookup Query.persoonOpAnummer needs 'anummer' (argument anummer), which cannot be obtained for Persoon starting in a", error.Message);
        Assert.Contains("make 'anummer' obtainable for Persoon from a", error.Message);
        // The key field itself is not reachable from schema a either.
        SingleAt(errors, "b", 3, 3);
    }

    [Fact]
    public void A_requirement_whose_field_is_nowhere_reachable_is_unsatisfiable()
    {
        var errors = Validate(
            """
            type Query { verblijfsobject(id: ID!): Verblijfsobject @lookup }
            type Verblijfsobject @key(fields: "id") { id: ID! }
            """,
            """
            type Query { verblijfsobject(id: ID!): Verblijfsobject @lookup @internal }
            type Verblijfsobject @key(fields: "id") {
              id: ID!
              prijsPerM2(oppervlakte: Int! @require(field: "oppervlakte")): Int
            }
            """,
            """
            type Query { pand: String }
            type Verblijfsobject @key(fields: "id") { id: ID! oppervlakte: Int @inaccessible }
            """);

        var error = Assert.Single(errors);
        Assert.Equal((SatisfiabilityValidator.UnsatisfiableQueryPath, "b", 4, 3), (error.Code, error.Schema, error.Location.Line, error.Location.Column));
        Assert.Contains("Query.verblijfsobject -> Verblijfsobject.prijsPerM2", error.Message);
        Assert.Contains("schema b, starting in schema a: its @require on argument oppervlakte ('oppervlakte', resolved outside b only by schema c) cannot be obtained from a schema other than b", error.Message);
        Assert.Contains("give that schema a @lookup for Verblijfsobject", error.Message);
    }

    [Fact]
    public void A_requirement_the_requiring_schema_could_only_supply_itself_is_unsatisfiable()
    {
        var errors = Validate(
            """
            type Query { verblijfsobject(id: ID!): Verblijfsobject @lookup }
            type Verblijfsobject @key(fields: "id") {
              id: ID!
              oppervlakte: Int!
              prijsPerM2(oppervlakte: Int! @require(field: "oppervlakte")): Int
            }
            """);

        var error = SingleAt(errors, "a", 5, 3);
        Assert.Contains("argument oppervlakte ('oppervlakte', which no schema other than a resolves)", error.Message);
    }

    [Fact]
    public void A_provides_alone_does_not_make_an_external_field_reachable()
    {
        // The spec evaluates satisfiability as if @provides were absent: it saves fetches, it must not be needed.
        var errors = Validate(
            """
            type Query { persoon(bsn: String!): Persoon @lookup }
            type Persoon @key(fields: "bsn") { bsn: String! adres: Adres! @provides(fields: "postcode") }
            type Adres @key(fields: "id") { id: ID! postcode: String! @external }
            """,
            """
            type Query { adressen: [Adres!]! }
            type Adres @key(fields: "id") {
              id: ID!
              postcode: String!
            }
            """);

        var error = SingleAt(errors, "b", 4, 3);
        Assert.Contains("Query.persoon -> Persoon.adres -> Adres.postcode", error.Message);
    }

    [Fact]
    public void The_committed_registry_schemas_are_satisfiable()
    {
        // Speed is measured by `compose --timing`, not asserted here: timed tests fail on busy machines.
        var sources = RepositorySchemas.All;
        Assert.Equal(["bag", "brk", "brp", "hr", "woz"], sources.Select(s => s.Name));

        Assert.Empty(Validate(sources));
    }
}
