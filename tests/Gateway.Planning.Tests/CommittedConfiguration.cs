using FederatedGraph.Gateway.Configuration;
using FederatedGraph.Gateway.Planning.Planner;
using FederatedGraph.Gateway.Planning.Plans;
using FederatedGraph.Gateway.Planning.Schema;
using GraphQLParser;

namespace FederatedGraph.Gateway.Planning.Tests;

/// <summary>The committed <c>schema/gateway-configuration.json</c> of the five registries, and planning against it.</summary>
internal static class CommittedConfiguration
{
    public static GatewayConfiguration Configuration { get; } = GatewayConfigurationJson.Read(
        File.ReadAllText(Path.Combine(FindRoot(), "schema", "gateway-configuration.json")));

    public static CompositeSchema Schema { get; } = CompositeSchemaBuilder.FromConfiguration(Configuration);

    public static OperationPlan Plan(string operation, string? operationName = null)
        => new OperationPlanner(Schema).Plan(Parser.Parse(operation), operationName);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "FederatedGraph.sln"))) return directory.FullName;
        throw new InvalidOperationException("FederatedGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
