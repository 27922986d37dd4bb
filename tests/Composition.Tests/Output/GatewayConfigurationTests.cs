using System.Text.Json;
using FederatedGraph.Composition.Output;
using FederatedGraph.Composition.SourceSchemas;
using FederatedGraph.Gateway.Configuration;
using FederatedGraph.Tests.Shared;

namespace FederatedGraph.Composition.Tests.Output;

public sealed class GatewayConfigurationTests
{
    private static GatewayConfiguration Build(params string[] sdl)
    {
        var sources = sdl.Select((s, i) => SourceSchema.FromSdl(((char)('a' + i)).ToString(), s)).ToList();
        var result = Composer.Compose(sources);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return GatewayConfigurationBuilder.Build(result.Schema!, sources);
    }

    [Fact]
    public void The_registries_configuration_reads_back_to_the_same_json()
    {
        var json = ComposedRegistries.Outputs.Configuration;

        var configuration = GatewayConfigurationJson.Read(json);

        Assert.Equal(json, GatewayConfigurationJson.Write(configuration));
        Assert.Equal(["bag", "brk", "brp", "hr", "woz"], configuration.SourceSchemas.Select(s => s.Name));
        Assert.Equal("http://127.0.0.1:5101/graphql", configuration.SourceSchemas.Single(s => s.Name == "brp").Url);
        Assert.True(configuration.SourceSchemas.All(s => s.Capabilities is { VariableBatching: true, RequestBatching: true }));
    }

    [Fact]
    public void Keys_and_maps_with_constant_arguments_are_written_as_declared()
    {
        var perceel = PercelenFederation.Compose().Types.Single(t => t.Name == "Perceel");

        Assert.Equal(["id(bron: KADASTER)", "id(bron: KADASTER)"], perceel.Keys.Select(k => k.Fields));
        Assert.All(perceel.Lookups, l => Assert.Equal(("id(bron: KADASTER)", "id(bron: KADASTER)"), (l.Key, l.Arguments.Single().Map)));
        var ozb = perceel.Fields.Single(f => f.Name == "ozb").Sources.Single();
        Assert.Equal("oppervlakte(eenheid: M2)", ozb.Requirements.Single().Map);
    }

    [Fact]
    public void A_lookup_may_map_its_argument_to_a_field_only_another_schema_defines()
    {
        var configuration = Build("""
            type Query { pandOpAdres(adresId: ID! @is(field: "hoofdadres.id")): Pand @lookup }
            type Pand @key(fields: "identificatie") { identificatie: String! bouwjaar: Int }
            """, """
            type Query { pand(identificatie: String!): Pand @lookup }
            type Pand @key(fields: "identificatie") { identificatie: String! hoofdadres: Adres! }
            type Adres { id: ID! }
            """);

        var lookup = configuration.Types.Single(t => t.Name == "Pand").Lookups.Single(l => l.Schema == "a");
        Assert.Equal(("pandOpAdres", "hoofdadres.id"), (lookup.Field, lookup.Arguments.Single().Map));
    }

    [Fact]
    public void Reading_another_format_version_fails_with_the_reason()
    {
        var json = GatewayConfigurationJson.Write(new GatewayConfiguration { FormatVersion = 99 });

        var error = Assert.Throws<JsonException>(() => GatewayConfigurationJson.Read(json));
        Assert.Contains("format version 99", error.Message);
    }

    [Fact]
    public void Records_sources_keys_lookups_and_requirements_per_type()
    {
        var configuration = Build(
            """
            type Query { vbo(id: ID! @is(field: "identificatie")): Vbo @lookup }
            type Vbo @key(fields: "identificatie") { identificatie: ID! oppervlakte: Int! }
            """,
            """
            type Query { lookups: Lookups! @internal }
            type Lookups @internal { vbo(identificatie: ID!): Vbo @lookup }
            type Vbo @key(fields: "identificatie") {
              identificatie: ID!
              prijsPerM2(oppervlakte: Int! @require(field: "oppervlakte"), valuta: String = "EUR"): Int
            }
            """);

        Assert.Null(configuration.Types.SingleOrDefault(t => t.Name == "Lookups"));
        var vbo = configuration.Types.Single(t => t.Name == "Vbo");
        Assert.Equal(TypeConfigurationKind.Object, vbo.Kind);
        Assert.Equal(["a", "b"], vbo.SourceSchemas);
        Assert.Equal([("a", "identificatie"), ("b", "identificatie")], vbo.Keys.Select(k => (k.Schema, k.Fields)));
        Assert.Equal([("a", "vbo", "", false), ("b", "vbo", "lookups", true)], vbo.Lookups.Select(l => (l.Schema, l.Field, string.Join(".", l.Path), l.Internal)));
        Assert.Equal(("id", "ID!", "identificatie"), vbo.Lookups[0].Arguments.Select(a => (a.Name, a.Type, a.Map)).Single());

        var oppervlakte = vbo.Fields.Single(f => f.Name == "oppervlakte");
        Assert.Equal("Int!", oppervlakte.Type);
        Assert.Equal([("a", "Int!", false)], oppervlakte.Sources.Select(s => (s.Schema, s.Type, s.Shareable)));

        var prijs = vbo.Fields.Single(f => f.Name == "prijsPerM2");
        Assert.Equal(("valuta", "String", "\"EUR\""), prijs.Arguments.Select(a => (a.Name, a.Type, a.DefaultValue)).Single());
        Assert.Equal(("oppervlakte", "Int!", "oppervlakte"), prijs.Sources.Single().Requirements.Select(r => (r.Argument, r.Type, r.Map)).Single());
    }

    [Fact]
    public void Flags_inaccessible_members_and_records_external_provides_and_possible_types()
    {
        var configuration = Build(
            """
            type Query { adres(id: ID!): Adres @lookup }
            type Adres @key(fields: "id") { id: ID! postcode: String! geheim: String @inaccessible }
            """,
            """
            type Query { eigenaar: Eigenaar }
            type Adres @key(fields: "id") { id: ID! postcode: String! @external }
            type Persoon { naam: String! adres: Adres @provides(fields: "postcode") }
            type Bedrijf { naam: String! }
            union Eigenaar = Persoon | Bedrijf
            """);

        var adres = configuration.Types.Single(t => t.Name == "Adres");
        Assert.True(adres.Fields.Single(f => f.Name == "geheim").Inaccessible);
        Assert.Equal([("a", false), ("b", true)], adres.Fields.Single(f => f.Name == "postcode").Sources.Select(s => (s.Schema, s.External)));
        var persoon = configuration.Types.Single(t => t.Name == "Persoon");
        Assert.Equal("postcode", persoon.Fields.Single(f => f.Name == "adres").Sources.Single().Provides);
        var eigenaar = configuration.Types.Single(t => t.Name == "Eigenaar");
        Assert.Equal(TypeConfigurationKind.Union, eigenaar.Kind);
        var possibleTypes = Assert.Single(eigenaar.PossibleTypes);
        Assert.Equal("b", possibleTypes.Schema);
        Assert.Equal(["Persoon", "Bedrijf"], possibleTypes.Types);
    }
}
