using FederatedGraph.Registries.Testing;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using FederatedGraph.Subgraphs.Toolkit.Http;
using FederatedGraph.Subgraphs.Woz.GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace FederatedGraph.Subgraphs.Woz.Tests;

public sealed class WozSourceSchemaTests
{
    private static string PrintedSchema() => Printed(schema => schema.PrintSourceSchema());

    private static string Printed(Func<WozSchema, string> print)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        SubgraphHost.AddSubgraphServices<WozSchema>(services, new SubgraphLimits(), "woz");
        new WozSubgraph().ConfigureServices(services, new DatabaseOptions { ConnectionString = "Data Source=:memory:" });
        using var provider = services.BuildServiceProvider();
        return print(provider.GetRequiredService<WozSchema>());
    }

    [Fact]
    public void Committed_source_schema_is_what_the_code_produces()
    {
        // When this fails: run `dotnet run --project subgraphs/Woz -- export-schema` and review the diff.
        Assert.Equal(CommittedSchema.Read("woz"), PrintedSchema());
    }

    [Fact]
    public void Source_schema_snapshot()
    {
        Snapshot.Match(PrintedSchema(), "Woz_source_schema");
    }

    [Theory]
    [InlineData("wozObject(wozObjectnummer: String! @is(field: \"wozObjectnummer\")): WozObject @lookup")]
    [InlineData("verblijfsobject(identificatie: String! @is(field: \"identificatie\")): Verblijfsobject @lookup @internal")]
    [InlineData("type WozObject @key(fields: \"wozObjectnummer\")")]
    [InlineData("type Verblijfsobject @key(fields: \"identificatie\")")]
    [InlineData("type Persoon @key(fields: \"burgerservicenummer\")")]
    [InlineData("type MaatschappelijkeActiviteit @key(fields: \"kvkNummer\")")]
    [InlineData("type KadastraalOnroerendeZaak @key(fields: \"identificatie\")")]
    [InlineData("union Belanghebbende = Persoon | MaatschappelijkeActiviteit")]
    [InlineData("oppervlakte: Int! @require(field: \"oppervlakte\")): Int")]
    public void Source_schema_declares_the_entities_and_lookups_composition_needs(string declaration)
    {
        // The BAG, BRP, HR and BRK own these entities under the same keys, so names and keys must stay as they are.
        Assert.Contains(declaration, PrintedSchema());
    }

    [Fact]
    public void Apollo_subgraph_schema_snapshot()
    {
        // What an Apollo gateway composes (`_service { sdl }`), derived from the source schema: review the two together.
        Snapshot.Match(Printed(schema => schema.ApolloSubgraphSdl), "Woz_apollo_subgraph_schema");
    }
}
