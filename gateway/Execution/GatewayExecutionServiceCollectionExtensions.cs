using FederatedGraph.Gateway.Configuration;
using FederatedGraph.Gateway.Execution.Transport;
using FederatedGraph.Gateway.Planning.Planner;
using FederatedGraph.Gateway.Planning.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Gateway.Execution;

public static class GatewayExecutionServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IGatewayExecutor"/> with its planner, plan cache and one HTTP connection pool per source schema.</summary>
    public static IServiceCollection AddGatewayExecution(this IServiceCollection services, GatewayConfiguration configuration, GatewayExecutionOptions options)
    {
        var schema = CompositeSchemaBuilder.FromConfiguration(configuration);
        services.AddSingleton(options);
        services.AddSingleton(schema);
        services.AddSingleton(new OperationPlanner(schema));
        services.AddSingleton(provider => new SubgraphClients(provider.GetRequiredService<CompositeSchema>(), options));
        services.AddSingleton<IGatewayExecutor, GatewayExecutor>();
        return services;
    }
}
