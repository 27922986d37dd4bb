using FederatedGraph.Registries.Testing;
using FederatedGraph.Subgraphs.Hr.GraphQL;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using FederatedGraph.Subgraphs.Toolkit.Http;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace FederatedGraph.Subgraphs.Hr.Tests;

public sealed class HrSourceSchemaTests
{
    private static string PrintedSchema() => Printed(schema => schema.PrintSourceSchema());

    private static string Printed(Func<HrSchema, string> print)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        SubgraphHost.AddSubgraphServices<HrSchema>(services, new SubgraphLimits(), "hr");
        new HrSubgraph().ConfigureServices(services, new DatabaseOptions { ConnectionString = "Data Source=:memory:" });
        using var provider = services.BuildServiceProvider();
        return print(provider.GetRequiredService<HrSchema>());
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

    [Fact]
    public void Apollo_subgraph_schema_snapshot()
    {
        // What an Apollo gateway composes (`_service { sdl }`), derived from the source schema: review the two together.
        Snapshot.Match(Printed(schema => schema.ApolloSubgraphSdl), "Hr_apollo_subgraph_schema");
    }
}
