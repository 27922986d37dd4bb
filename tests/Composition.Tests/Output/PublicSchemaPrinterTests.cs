using FederatedGraph.Composition.Output;
using FederatedGraph.Composition.SourceSchemas;

namespace FederatedGraph.Composition.Tests.Output;

public sealed class PublicSchemaPrinterTests
{
    private const string Directives = """
        directive @key(fields: FieldSelectionSet!) repeatable on OBJECT | INTERFACE
        directive @lookup on FIELD_DEFINITION
        directive @is(field: FieldSelectionMap!) on ARGUMENT_DEFINITION
        directive @require(field: FieldSelectionMap!) on ARGUMENT_DEFINITION
        directive @internal on OBJECT | FIELD_DEFINITION
        directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION
        directive @shareable repeatable on OBJECT | FIELD_DEFINITION
        scalar FieldSelectionSet
        scalar FieldSelectionMap

        """;

    private static string Print(params string[] sdl)
    {
        var result = Composer.Compose([.. sdl.Select((s, i) => SourceSchema.FromSdl(((char)('a' + i)).ToString(), Directives + s))]);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return PublicSchemaPrinter.Print(result.Schema!.Schema);
    }

    [Fact]
    public void Prints_root_types_first_then_types_by_name_without_composite_directives()
    {
        var sdl = Print(
            """
            type Query { persoon(bsn: String! @is(field: "burgerservicenummer")): Persoon @lookup }
            type Persoon @key(fields: "burgerservicenummer") { burgerservicenummer: String! naam: String! }
            enum Geslacht { MAN VROUW ONBEKEND }
            """);

        Assert.Equal(
            """
            type Query {
              persoon(bsn: String!): Persoon
            }

            enum Geslacht {
              MAN
              VROUW
              ONBEKEND
            }

            type Persoon {
              burgerservicenummer: String!
              naam: String!
            }

            """, sdl);
    }

    [Fact]
    public void Leaves_out_inaccessible_members()
    {
        var sdl = Print(
            """
            type Query {
              adres(id: ID!, bron: Bron @inaccessible): Adres
              geheim: Geheim @inaccessible
              viaGeheim(soort: GeheimSoort!): Int @inaccessible
              soorten: Soort
            }
            type Adres { straat: String! intern: String @inaccessible }
            type Geheim @inaccessible { code: String }
            enum GeheimSoort @inaccessible { A }
            enum Bron { BAG BRP }
            union Soort = Adres | Geheim
            """);

        Assert.Contains("adres(id: ID!): Adres", sdl);
        Assert.DoesNotContain("intern", sdl);
        Assert.DoesNotContain("Geheim", sdl);
        Assert.DoesNotContain("viaGeheim", sdl);
        Assert.Contains("union Soort = Adres\n", sdl);
    }

    [Fact]
    public void Leaves_out_internal_lookups_and_required_arguments()
    {
        var sdl = Print(
            """
            type Query { vbo(id: ID!): Vbo @lookup }
            type Vbo @key(fields: "id") { id: ID! oppervlakte: Int! }
            """,
            """
            type Query { vbo(id: ID!): Vbo @lookup @internal }
            type Vbo @key(fields: "id") { id: ID! prijsPerM2(oppervlakte: Int! @require(field: "oppervlakte"), valuta: String = "EUR"): Int }
            """);

        Assert.Contains("  vbo(id: ID!): Vbo\n", sdl);
        Assert.Contains("  prijsPerM2(valuta: String = \"EUR\"): Int\n", sdl);
        Assert.DoesNotContain("@", sdl);
    }

    [Fact]
    public void Keeps_descriptions_deprecations_and_default_values()
    {
        var sdl = Print(
            """"
            type Query {
              """
              Zoek personen.
              Met "filters".
              """
              personen(
                "Hoeveel, hoogstens."
                first: Int = 10
                filter: Filter = { naam: "Jansen", soorten: [A, B] }
              ): [String!]! @deprecated(reason: "Gebruik zoekPersonen.")
              oud: Int @deprecated
            }
            input Filter { naam: String soorten: [Soort!] leeftijd: Int @deprecated(reason: "Niet meer \"nodig\".") }
            enum Soort { A B @deprecated(reason: "Weg") }
            """");

        Assert.Contains(
            """"
              """
              Zoek personen.
              Met "filters".
              """
              personen(
                "Hoeveel, hoogstens."
                first: Int = 10
                filter: Filter = {naam: "Jansen", soorten: [A, B]}
              ): [String!]! @deprecated(reason: "Gebruik zoekPersonen.")
              oud: Int @deprecated
            """", sdl);
        Assert.Contains("  leeftijd: Int @deprecated(reason: \"Niet meer \\\"nodig\\\".\")\n", sdl);
        Assert.Contains("  B @deprecated(reason: \"Weg\")\n", sdl);
    }

    [Fact]
    public void Prints_a_schema_definition_only_when_a_root_type_is_not_named_by_default()
    {
        var log = new Diagnostics.CompositionLog();
        var schema = SdlReader.Read("composite", "schema { query: Vraag } type Vraag { a: Int } type Query { b: Int }", log)!;

        var sdl = PublicSchemaPrinter.Print(schema);

        Assert.Equal("schema {\n  query: Vraag\n}\n\ntype Vraag {\n  a: Int\n}\n\ntype Query {\n  b: Int\n}\n", sdl);
        Assert.DoesNotContain("schema {", Print("type Query { a: Int }"));
    }
}
