using FederatedGraph.ProcessingLog;
using FederatedGraph.Security;
using FederatedGraph.Subgraphs.Toolkit.ProcessingLog;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FederatedGraph.Subgraphs.Toolkit.Hosting;

/// <summary>
/// A registry's processing log: the table <c>processing_records</c> in its own database (or the database of
/// <c>ProcessingLog:ConnectionString</c>, same provider), and, for a registry that serves, the key that pseudonymises
/// the subjects (<c>ProcessingLog:PseudonymKey</c>, base64, at least 32 bytes). A serving registry without a key does
/// not start: it would have to log readable BSNs or none at all.
/// </summary>
public static class RegistryProcessingLogServices
{
    public const string ConnectionStringSetting = "ProcessingLog:ConnectionString";
    public const string PseudonymKeySetting = "ProcessingLog:PseudonymKey";
    public const string DurabilitySetting = "ProcessingLog:Durability";

    public static IServiceCollection AddRegistryProcessingLog(this IServiceCollection services, string registry,
        IConfiguration configuration, IHostEnvironment environment, DatabaseOptions database, bool serving)
    {
        var connectionString = configuration[ConnectionStringSetting] is { Length: > 0 } own ? own : database.ConnectionStringFor(registry);
        services.AddProcessingLogStore(options => database.Apply(options, connectionString, ProcessingLogContext.MigrationsTable),
            configuration.GetValue(DurabilitySetting, ProcessingLogDurability.Flushed));
        services.AddScoped<RequestProcessing>();
        if (!serving) return services;

        var (pseudonymiser, problem) = SubjectPseudonymiser.FromSetting(configuration[PseudonymKeySetting], registry, environment.IsDevelopment());
        if (pseudonymiser is null) throw new SecurityConfigurationException(problem!);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new RegistryProcessingLog(registry, provider.GetRequiredService<ProcessingLogStore>(),
            pseudonymiser, provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
