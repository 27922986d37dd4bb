using FederatedGraph.Authorization;
using FederatedGraph.Checkout;
using FederatedGraph.Security;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FederatedGraph.Subgraphs.Toolkit.Hosting;

/// <summary>
/// A registry decides itself what each purpose may see of its data, whatever the gateway checked: it validates the
/// caller's token, knows its own register of processing activities (its reviewed <c>authorisations.json</c>, resolved
/// against the schema it serves) and shows each caller only the schema its purpose allows.
/// </summary>
public static class RegistrySecurity
{
    /// <summary>Setting that overrides where the registry's authorisations file is (default <c>schema/&lt;registry&gt;/authorisations.json</c>).</summary>
    public const string FileSetting = "Authorization:File";

    public static IServiceCollection AddRegistrySecurity<TSchema>(this IServiceCollection services, string registry,
        IConfiguration configuration, IHostEnvironment environment)
        where TSchema : SubgraphSchema
    {
        services.AddCallerAuthentication(configuration, environment);
        var activities = ReadActivities(configuration[FileSetting] ?? Path.Combine(RepositoryRoot.Find(), "schema", registry, AuthorisationFile.FileName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new ActivityRegister(Resolve(activities, provider.GetRequiredService<TSchema>(), registry), environment.IsDevelopment()));
        services.AddSingleton<ICallerGate>(provider =>
        {
            CallerSchemaFilter.Apply(provider.GetRequiredService<TSchema>());
            return new CallerGate(provider.GetRequiredService<ActivityRegister>(), provider.GetRequiredService<TimeProvider>());
        });
        return services;
    }

    private static IReadOnlyList<ProcessingActivity> ReadActivities(string path)
    {
        try
        {
            return AuthorisationFile.Parse(File.ReadAllText(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            throw new SecurityConfigurationException($"Cannot read the authorisations at {path}: {exception.Message}");
        }
    }

    /// <summary>The activities with their grants written out against the schema this registry serves; an entry that
    /// names nothing there stops the registry, as it does composition.</summary>
    private static IEnumerable<ProcessingActivity> Resolve(IReadOnlyList<ProcessingActivity> activities, SubgraphSchema schema, string registry)
    {
        var shape = new GraphQLSchemaShape(schema);
        var problems = new List<string>();
        var resolved = activities.Select(activity => activity with
        {
            Grants = [.. activity.Grants.Select(grant =>
            {
                var (plain, found) = GrantResolver.Resolve(grant, shape);
                problems.AddRange(found.Select(p => $"{activity.Id}: '{p.Entry}' {p.Message}"));
                return plain.ToDeclared(registry, grant.Clients);
            })],
        }).ToList();
        return problems.Count == 0 ? resolved
            : throw new SecurityConfigurationException($"The authorisations of {registry} name what its schema does not have:\n  {string.Join("\n  ", problems)}");
    }
}
