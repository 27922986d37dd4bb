using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;
using FederatedGraph.Composition.SourceSchemas;

namespace FederatedGraph.Composition.Tests.Merging;

public sealed class SchemaMergerTests
{
    private static MergedSchema Merge(params string[] sdl)
    {
        var log = new CompositionLog();
        var schemas = sdl.Select((s, i) => SdlReader.Read(((char)('a' + i)).ToString(), s, log)!).ToList();
        Assert.Empty(log.Errors);
        return SchemaMerger.Merge(schemas, log);
    }

    [Fact]
    public void Output_fields_take_the_least_and_arguments_the_most_restrictive_type()
    {
        var merged = Merge(
            "type Query { personen(limit: Int): [Persoon!]! }  type Persoon { naam: String! }",
            "type Query { personen(limit: Int!): [Persoon] }   type Persoon { naam: String }");

        var personen = merged.Schema.QueryType!.Fields["personen"]!;
        Assert.Equal("[Persoon]", personen.Type.ToString());
        Assert.Equal("Int!", personen.Arguments["limit"]!.Type.ToString());
        Assert.Equal("String", merged.Schema.Type<ComplexTypeDefinition>("Persoon")!.Fields["naam"]!.Type.ToString());
    }

    [Fact]
    public void Fields_of_an_entity_are_the_union_with_their_sources()
    {
        var merged = Merge(
            """
            type Query { persoon(bsn: String! @is(field: "burgerservicenummer")): Persoon @lookup }
            type Persoon @key(fields: "burgerservicenummer") { burgerservicenummer: String! naam: String! }
            """,
            """
            type Query { persoon(burgerservicenummer: String!): Persoon @lookup @internal }
            type Persoon @key(fields: "burgerservicenummer") { burgerservicenummer: String! ondernemingen: [String!]! }
            """);

        var persoon = merged.Schema.Type<ComplexTypeDefinition>("Persoon")!;
        Assert.Equal(["burgerservicenummer", "naam", "ondernemingen"], persoon.Fields.Select(f => f.Name));
        Assert.Equal(["a", "b"], merged.SourcesOf("Persoon", "burgerservicenummer").Select(s => s.Schema));
        Assert.Equal(["b"], merged.SourcesOf("Persoon", "ondernemingen").Select(s => s.Schema));
        // The internal lookup is not part of the composite Query type, but the gateway may use it.
        Assert.Equal(["a"], merged.SourcesOf("Query", "persoon").Select(s => s.Schema));
        var lookups = merged.Lookups["Persoon"];
        Assert.Equal([("a", "burgerservicenummer", false), ("b", "burgerservicenummer", true)], lookups.Select(l => (l.Schema, l.Key, l.IsInternal)));
        Assert.Equal("bsn", lookups[0].Arguments.Single().Name);
    }

    [Fact]
    public void Required_arguments_are_hidden_and_recorded_as_requirements()
    {
        var merged = Merge(
            "type Query { vbo(id: ID!): Vbo @lookup } type Vbo @key(fields: \"id\") { id: ID! oppervlakte: Int! }",
            "type Query { vbo(id: ID!): Vbo @lookup @internal } type Vbo @key(fields: \"id\") { id: ID! prijsPerM2(oppervlakte: Int! @require(field: \"oppervlakte\")): Int }");

        var field = merged.Schema.Type<ComplexTypeDefinition>("Vbo")!.Fields["prijsPerM2"]!;
        Assert.Equal(0, field.Arguments.Count);
        var requirement = Assert.Single(Assert.Single(merged.SourcesOf("Vbo", "prijsPerM2")).Requirements);
        Assert.Equal(("oppervlakte", "Int!", "oppervlakte"), (requirement.Argument, requirement.Type.ToString(), requirement.Map));
    }

    [Fact]
    public void Arguments_are_kept_only_when_every_resolving_schema_takes_them()
    {
        var merged = Merge(
            "type Query { p(id: ID!): Pand @lookup } type Pand @key(fields: \"id\") { id: ID! omschrijving(taal: String, kort: Boolean): String @shareable taal: String }",
            "type Query { q(id: ID!): Pand @lookup } type Pand @key(fields: \"id\") { id: ID! omschrijving(taal: String @require(field: \"taal\")): String @shareable }");

        Assert.Empty(merged.Schema.Type<ComplexTypeDefinition>("Pand")!.Fields["omschrijving"]!.Arguments);
    }

    [Fact]
    public void Inaccessible_anywhere_marks_the_member_and_internal_types_take_no_part()
    {
        var merged = Merge(
            "type Query { a: Int } enum Soort { EIGENAAR GEBRUIKER @inaccessible } type Intern @internal { x: Int }",
            "type Query { b: Int @inaccessible } enum Soort { EIGENAAR GEBRUIKER }");

        Assert.True(merged.Schema.QueryType!.Fields["b"]!.IsInaccessible());
        Assert.True(merged.Schema.Type<EnumTypeDefinition>("Soort")!.Values["GEBRUIKER"]!.IsInaccessible());
        Assert.False(merged.Schema.Type<EnumTypeDefinition>("Soort")!.Values["EIGENAAR"]!.IsInaccessible());
        Assert.Null(merged.Schema.Types["Intern"]);
    }

    [Fact]
    public void Input_objects_keep_only_the_fields_every_schema_accepts()
    {
        var merged = Merge(
            "type Query { a(f: Filter): Int } input Filter { naam: String postcode: String }",
            "type Query { b(f: Filter): Int } input Filter { naam: String! }");

        var filter = merged.Schema.Type<InputObjectTypeDefinition>("Filter")!;
        Assert.Equal(["naam"], filter.Fields.Select(f => f.Name));
        Assert.Equal("String!", filter.Fields["naam"]!.Type.ToString());
    }

    [Fact]
    public void The_brp_and_bag_schemas_merge_their_nummeraanduiding()
    {
        var log = new CompositionLog();
        var schemas = RepositorySchemas.Named("bag", "brp").Select(s => SdlReader.Read(s.Name, s.Sdl, log)!).ToList();

        var merged = SchemaMerger.Merge(schemas, log);

        var postcode = merged.SourcesOf("Nummeraanduiding", "postcode");
        Assert.Equal([("bag", false), ("brp", true)], postcode.Select(s => (s.Schema, s.IsExternal)));
        Assert.Equal(["brp"], merged.SourcesOf("Nummeraanduiding", "bewoners").Select(s => s.Schema));
        Assert.Contains("postcode", merged.SourcesOf("Verblijfplaats", "nummeraanduiding").Single().Provides);
        Assert.Contains(merged.Lookups["Nummeraanduiding"], l => l is { Schema: "brp", IsInternal: true });
        Assert.Contains(merged.Lookups["Nummeraanduiding"], l => l is { Schema: "bag", IsInternal: false, Field: "nummeraanduiding" });
    }
}
