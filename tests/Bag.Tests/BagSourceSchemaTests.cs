using FederatedGraph.Registries.Testing;
using FederatedGraph.Subgraphs.Bag.GraphQL;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using FederatedGraph.Subgraphs.Toolkit.Http;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace FederatedGraph.Subgraphs.Bag.Tests;

public sealed class BagSourceSchemaTests
{
    private static string PrintedSchema() => Printed(schema => schema.PrintSourceSchema());

    private static string Printed(Func<BagSchema, string> print)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        SubgraphHost.AddSubgraphServices<BagSchema>(services, new SubgraphLimits(), "bag");
        new BagSubgraph().ConfigureServices(services, new DatabaseOptions { ConnectionString = "Data Source=:memory:" });
        using var provider = services.BuildServiceProvider();
        return print(provider.GetRequiredService<BagSchema>());
    }

    [Fact]
    public void Committed_source_schema_is_what_the_code_produces()
    {
        // When this fails: run `dotnet run --project subgraphs/Bag -- export-schema` and review the diff.
        Assert.Equal(CommittedSchema.Read("bag"), PrintedSchema());
    }

    [Fact]
    public void Source_schema_snapshot()
    {
        Snapshot.Match(PrintedSchema(), "Bag_source_schema");
    }

    [Theory]
    [InlineData("type Nummeraanduiding @key(fields: \"identificatie\")")]
    [InlineData("type Verblijfsobject @key(fields: \"identificatie\")")]
    [InlineData("type Pand @key(fields: \"identificatie\")")]
    [InlineData("nummeraanduiding(identificatie: String! @is(field: \"identificatie\")): Nummeraanduiding @lookup")]
    [InlineData("verblijfsobject(identificatie: String! @is(field: \"identificatie\")): Verblijfsobject @lookup")]
    [InlineData("pand(identificatie: String! @is(field: \"identificatie\")): Pand @lookup")]
    [InlineData("postcode: String! @is(field: \"postcode\")")]
    [InlineData("gebruiksdoelen: [String!]!")]
    public void Source_schema_declares_the_entities_and_lookups_composition_needs(string declaration)
    {
        // The BRP contributes to Nummeraanduiding by the same key, so its type and key must stay as they are.
        Assert.Contains(declaration, PrintedSchema());
    }

    [Fact]
    public void Apollo_subgraph_schema_snapshot()
    {
        // What an Apollo gateway composes (`_service { sdl }`), derived from the source schema: review the two together.
        Snapshot.Match(Printed(schema => schema.ApolloSubgraphSdl), "Bag_apollo_subgraph_schema");
    }
}
