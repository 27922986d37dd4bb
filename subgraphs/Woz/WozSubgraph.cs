using FederatedGraph.Subgraphs.Toolkit.Hosting;
using FederatedGraph.Subgraphs.Woz.Data;
using FederatedGraph.Subgraphs.Woz.GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Woz;

/// <summary>The WOZ registry as the subgraph host runs it.</summary>
public sealed class WozSubgraph : RegistrySubgraph<WozSchema, WozDbContext>
{
    public override string Name => "woz";

    public override int DefaultPort => 5104;

    public override void ConfigureServices(IServiceCollection services, DatabaseOptions database)
        => services.AddSubgraphDatabase<WozDbContext, SqliteWozDbContext, PostgresWozDbContext, SqlServerWozDbContext>(Name, database);

    public override Task<bool> HasDataAsync(WozDbContext db, CancellationToken cancellationToken)
        => db.WozObjecten.AnyAsync(cancellationToken);

    public override Task SeedAsync(IDbContextFactory<WozDbContext> databases, SeedOptions options, IProgress<string> progress, CancellationToken cancellationToken)
        => WozSeeder.SeedAsync(databases, options, progress, cancellationToken);
}
