using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Toolkit.Hosting;

/// <summary>
/// Registers a registry's EF Core context for the configured provider. Each provider has its own
/// context subclass so that each keeps its own migrations; resolvers ask for the base context
/// through <see cref="IDbContextFactory{TContext}"/>, because GraphQL resolvers run in parallel
/// and one DbContext must not be shared between them. EF interceptors registered as services
/// (<see cref="IInterceptor"/>) are attached, so diagnostics and tests can observe the SQL.
/// </summary>
public static class SubgraphDatabase
{
    public static IServiceCollection AddSubgraphDatabase<TContext, TSqlite, TPostgres, TSqlServer>(
        this IServiceCollection services, string registry, DatabaseOptions options)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
        where TSqlServer : TContext
    {
        var connectionString = options.ConnectionStringFor(registry);
        services.AddScoped<RequestDbContexts<TContext>>();
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                return Add<TContext, TSqlite>(services, options, connectionString);
            case DatabaseProvider.PostgreSQL:
                return Add<TContext, TPostgres>(services, options, connectionString);
            case DatabaseProvider.SqlServer:
                return Add<TContext, TSqlServer>(services, options, connectionString);
            default:
                throw new InvalidOperationException($"Unknown database provider {options.Provider}.");
        }
    }

    private static IServiceCollection Add<TContext, TProviderContext>(IServiceCollection services, DatabaseOptions options, string connectionString)
        where TContext : DbContext
        where TProviderContext : TContext
    {
        services.AddPooledDbContextFactory<TProviderContext>((provider, o) => options.Apply(o, connectionString).AddInterceptors(provider.GetServices<IInterceptor>()));
        services.AddSingleton<IDbContextFactory<TContext>, DerivedContextFactory<TContext, TProviderContext>>();
        return services;
    }

    private sealed class DerivedContextFactory<TContext, TDerived>(IDbContextFactory<TDerived> inner) : IDbContextFactory<TContext>
        where TContext : DbContext
        where TDerived : TContext
    {
        public TContext CreateDbContext() => inner.CreateDbContext();
    }
}
