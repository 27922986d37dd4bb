using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;
using FederatedGraph.Composition.SourceSchemas;

namespace FederatedGraph.Composition.Tests;

public sealed class SdlReaderTests
{
    [Fact]
    public void Reads_types_fields_directives_and_their_places()
    {
        var log = new CompositionLog();
        var schema = SdlReader.Read("brp", """
            type Query {
              persoon(bsn: String! @is(field: "burgerservicenummer")): Persoon @lookup
            }

            "Een persoon."
            type Persoon @key(fields: "burgerservicenummer") {
              burgerservicenummer: String!
              kinderen: [Persoon!]!
            }

            extend type Persoon { leeftijd: Int }
            """, log)!;

        Assert.Empty(log.Entries);
        Assert.Equal("Query", schema.QueryTypeName);
        var persoon = schema.Type<ComplexTypeDefinition>("Persoon")!;
        Assert.Equal("Een persoon.", persoon.Description);
        Assert.Equal(new SourceLocation(6, 6), persoon.Location);
        Assert.Equal("burgerservicenummer", Assert.Single(persoon.Keys()).StringArgument("fields"));
        Assert.Equal(["burgerservicenummer", "kinderen", "leeftijd"], persoon.Fields.Select(f => f.Name));
        Assert.Equal("[Persoon!]!", persoon.Fields["kinderen"]!.Type.ToString());
        Assert.True(persoon.Fields["kinderen"]!.Type.IsList);
        var lookup = schema.QueryType!.Fields["persoon"]!;
        Assert.True(lookup.IsLookup());
        Assert.Equal("burgerservicenummer", lookup.Arguments["bsn"]!.IsMap());
        Assert.Equal(new SourceLocation(2, 3), lookup.Location);
    }

    [Fact]
    public void A_syntax_error_is_invalid_graphql_at_its_place()
    {
        var log = new CompositionLog();

        var schema = SdlReader.Read("bag", "type Query {\n  pand: Pand!!\n}", log);

        Assert.Null(schema);
        var error = Assert.Single(log.Entries);
        Assert.Equal("INVALID_GRAPHQL", error.Code);
        Assert.Equal("bag", error.Schema);
        Assert.Equal(new SourceLocation(2, 14), error.Location);
    }

    [Fact]
    public void A_type_defined_twice_is_invalid_graphql()
    {
        var log = new CompositionLog();

        SdlReader.Read("hr", "type Query { a: Int }\ntype Query { b: Int }", log);

        var error = Assert.Single(log.Entries);
        Assert.Equal("INVALID_GRAPHQL", error.Code);
        Assert.Equal(new SourceLocation(2, 6), error.Location);
    }
}
