using FederatedGraph.Registries.Testing;
using FederatedGraph.Subgraphs.Hr.GraphQL;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using FederatedGraph.Subgraphs.Toolkit.Http;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace FederatedGraph.Subgraphs.Hr.Tests;

public sealed class HrSourceSchemaTests
{
    private static string PrintedSchema()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        SubgraphHost.AddSubgraphServices<HrSchema>(services, new SubgraphLimits(), "hr");
        new HrSubgraph().ConfigureServices(services, new DatabaseOptions { ConnectionString = "Data Source=:memory:" });
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<HrSchema>().PrintSourceSchema();
    }

    [Fact]
    public void Committed_source_schema_is_what_the_code_produces()
    {
        // When this fails: run `dotnet run --project subgraphs/Hr -- export-schema` and review the diff.
        Assert.Equal(CommittedSchema.Read("hr"), PrintedSchema());
    }

    [Fact]
    public void Source_schema_snapshot()
    {
        Snapshot.Match(PrintedSchema(), "Hr_source_schema");
    }
}
