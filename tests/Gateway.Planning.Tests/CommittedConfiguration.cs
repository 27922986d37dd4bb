using FederatedGraph.Checkout;
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
        File.ReadAllText(Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "schema", "gateway-configuration.json")));

    public static CompositeSchema Schema { get; } = CompositeSchemaBuilder.FromConfiguration(Configuration);

    public static OperationPlan Plan(string operation, string? operationName = null)
        => new OperationPlanner(Schema).Plan(Parser.Parse(operation), operationName);
}
