using FederatedGraph.Authorization;
using GraphQL.Types;

namespace FederatedGraph.Security.Tests;

public sealed class OperationCoordinateCollectorTests
{
    private static readonly ISchema Schema = BuildSchema();

    private static ISchema BuildSchema()
    {
        var schema = GraphQL.Types.Schema.For("""
            type Query { persoon(bsn: String!): Persoon zaken(first: Int): [Zaak!]! belanghebbende: Belanghebbende }
            type Persoon { naam: Naam partners: [Persoon!]! }
            type Naam { volledigeNaam: String }
            interface Zaak { id: ID! status: String }
            type Vergunning implements Zaak { id: ID! status: String }
            type Melding implements Zaak { id: ID! status: String }
            type Bedrijf { naam: String }
            union Belanghebbende = Persoon | Bedrijf
            """, builder =>
        {
            builder.Types.For("Zaak").ResolveType = _ => null!;
            builder.Types.For("Belanghebbende").ResolveType = _ => null!;
        });
        schema.Initialize();
        return schema;
    }

    private static OperationCoordinates Collect(string query)
    {
        var document = GraphQLParser.Parser.Parse(query);
        return OperationCoordinateCollector.Collect(Schema, document, document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().First());
    }

    [Fact]
    public void Fields_count_by_name_through_aliases_fragments_and_union_members()
    {
        var coordinates = Collect("""
            query { wie: belanghebbende { __typename ...P ... on Bedrijf { bedrijfsnaam: naam } } p2: persoon(bsn: "1") { ...P } }
            fragment P on Persoon { naam { volledigeNaam } relaties: partners @skip(if: true) { naam { volledigeNaam } } }
            """);

        Assert.Equal(["Query.belanghebbende", "Persoon.naam", "Naam.volledigeNaam", "Persoon.partners", "Bedrijf.naam", "Query.persoon"],
            coordinates.Fields.Select(f => f.Coordinate).Distinct());
        Assert.Equal(["Query.persoon(bsn:)"], coordinates.Parameters);
    }

    [Fact]
    public void A_field_on_an_interface_is_allowed_on_the_interface_or_on_every_implementation()
    {
        var coordinates = Collect("{ zaken { status } }");
        var status = coordinates.Fields.Single(f => f.Field == "status");
        Assert.Equal(["Vergunning", "Melding"], status.PossibleTypes.Order().Reverse());

        Assert.Empty(coordinates.Unauthorised(Permission("Query.zaken", "Zaak.status")));
        Assert.Empty(coordinates.Unauthorised(Permission("Query.zaken", "Vergunning.status", "Melding.status")));
        Assert.Equal(["Zaak.status"], coordinates.Unauthorised(Permission("Query.zaken", "Vergunning.status")).Select(u => u.Coordinate));
    }

    [Fact]
    public void Every_unauthorised_field_and_argument_is_named_once()
    {
        var coordinates = Collect("""{ a: persoon(bsn: "1") { partners { naam { volledigeNaam } } } b: persoon(bsn: "2") { partners { naam { volledigeNaam } } } }""");

        var unauthorised = coordinates.Unauthorised(Permission("Query.persoon", "Naam.volledigeNaam"));

        Assert.Equal([("Persoon.partners", false), ("Persoon.naam", false), ("Query.persoon(bsn:)", true)],
            unauthorised.Select(u => (u.Coordinate, u.IsParameter)));
    }

    [Fact]
    public void Lookups_are_judged_by_what_they_return_and_the_gateways_own_arguments_are_not_checked()
    {
        var document = GraphQLParser.Parser.Parse("""{ persoon(bsn: "1") { naam { volledigeNaam } } zaken(first: 1) { id } }""");
        var coordinates = OperationCoordinateCollector.Collect(Schema, document, document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().First(),
            judgedByResult: field => field.Name == "persoon", suppliedByGateway: argument => argument.Name == "first");

        Assert.Equal(["Persoon.naam", "Naam.volledigeNaam", "Query.zaken", "Zaak.id"], coordinates.Fields.Select(f => f.Coordinate));
        Assert.Empty(coordinates.Parameters);
    }

    [Fact]
    public void Introspection_and_typename_are_not_coordinates_of_the_data()
    {
        var coordinates = Collect("{ __typename __schema { types { name } } __type(name: \"Persoon\") { name } }");

        Assert.Empty(coordinates.Fields);
        Assert.Empty(coordinates.Parameters);
    }

    private static Permission Permission(params string[] fields)
    {
        var client = new ClientIdentity("0", "c");
        return new Permission(new ProcessingActivity { Id = "urn:a", Version = "1", Name = "a", Grants = [new ActivityGrant { Clients = [client], Fields = fields }] }, client);
    }
}
