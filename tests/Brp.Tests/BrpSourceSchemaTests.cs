using FederatedGraph.Registries.Testing;
using FederatedGraph.Subgraphs.Brp.GraphQL;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using FederatedGraph.Subgraphs.Toolkit.Http;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace FederatedGraph.Subgraphs.Brp.Tests;

public sealed class BrpSourceSchemaTests
{
    private static string PrintedSchema() => Printed(schema => schema.PrintSourceSchema());

    private static string Printed(Func<BrpSchema, string> print)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        SubgraphHost.AddSubgraphServices<BrpSchema>(services, new SubgraphLimits(), "brp");
        new BrpSubgraph().ConfigureServices(services, new DatabaseOptions { ConnectionString = "Data Source=:memory:" });
        using var provider = services.BuildServiceProvider();
        return print(provider.GetRequiredService<BrpSchema>());
    }

    [Fact]
    public void Committed_source_schema_is_what_the_code_produces()
    {
        // When this fails: run `dotnet run --project subgraphs/Brp -- export-schema` and review the diff.
        Assert.Equal(CommittedSchema.Read("brp"), PrintedSchema());
    }

    [Fact]
    public void Source_schema_snapshot()
    {
        Snapshot.Match(PrintedSchema(), "Brp_source_schema");
    }

    [Fact]
    public void Apollo_subgraph_schema_snapshot()
    {
        // What an Apollo gateway composes (`_service { sdl }`), derived from the source schema: review the two together.
        Snapshot.Match(Printed(schema => schema.ApolloSubgraphSdl), "Brp_apollo_subgraph_schema");
    }
}
