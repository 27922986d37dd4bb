using FederatedGraph.Subgraphs.Toolkit.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Toolkit.Hosting;

/// <summary>What the host needs to know about one registry subgraph. A registry's Program
/// passes its subclass to <see cref="SubgraphHost.RunAsync"/>.</summary>
public abstract class RegistrySubgraph<TSchema, TContext>
    where TSchema : SubgraphSchema
    where TContext : DbContext
{
    /// <summary>Short lower-case name: the folder under <c>schema/</c>, the SQLite file, the log prefix.</summary>
    public abstract string Name { get; }

    public abstract int DefaultPort { get; }

    /// <summary>Registers the database (through <see cref="SubgraphDatabase"/>) and any registry services.</summary>
    public abstract void ConfigureServices(IServiceCollection services, DatabaseOptions database);

    /// <summary>Whether the database already holds sample data, so a restart does not seed again.</summary>
    public abstract Task<bool> HasDataAsync(TContext db, CancellationToken cancellationToken);

    /// <summary>Writes this registry's part of the sample municipality into its own database.</summary>
    public abstract Task SeedAsync(IDbContextFactory<TContext> databases, SeedOptions options, IProgress<string> progress, CancellationToken cancellationToken);
}

/// <summary>How much sample data to write: "default" or "large", or a person count.</summary>
public sealed record SeedOptions(string Scale);
