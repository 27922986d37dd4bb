using FederatedGraph.Gateway.Configuration;
using FederatedGraph.Gateway.Execution.Transport;
using FederatedGraph.Gateway.Planning.Planner;
using FederatedGraph.Gateway.Planning.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Gateway.Execution;

public static class GatewayExecutionServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IGatewayExecutor"/> with its planner, plan cache and one HTTP connection pool per source schema.</summary>
    /// <param name="publicEnums">The public schema's enums and their values: a value a source schema answers outside them is nulled.</param>
    public static IServiceCollection AddGatewayExecution(this IServiceCollection services, GatewayConfiguration configuration, GatewayExecutionOptions options,
        IReadOnlyDictionary<string, IReadOnlySet<string>>? publicEnums = null)
    {
        var schema = CompositeSchemaBuilder.FromConfiguration(configuration, publicEnums);
        services.AddSingleton(options);
        services.AddSingleton(schema);
        services.AddSingleton(new OperationPlanner(schema));
        services.AddSingleton(provider => new SubgraphClients(provider.GetRequiredService<CompositeSchema>(), options));
        services.AddSingleton<IGatewayExecutor, GatewayExecutor>();
        return services;
    }
}
