using FederatedGraph.Registries.Testing;
using FederatedGraph.Subgraphs.Brp.GraphQL;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using FederatedGraph.Subgraphs.Toolkit.Http;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace FederatedGraph.Subgraphs.Brp.Tests;

public sealed class BrpSourceSchemaTests
{
    private static string PrintedSchema()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        SubgraphHost.AddSubgraphServices<BrpSchema>(services, new SubgraphLimits(), "brp");
        new BrpSubgraph().ConfigureServices(services, new DatabaseOptions { ConnectionString = "Data Source=:memory:" });
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<BrpSchema>().PrintSourceSchema();
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
}
