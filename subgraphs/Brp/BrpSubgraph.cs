using FederatedGraph.Subgraphs.Brp.Data;
using FederatedGraph.Subgraphs.Brp.GraphQL;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Brp;

/// <summary>The BRP registry as the subgraph host runs it.</summary>
public sealed class BrpSubgraph : RegistrySubgraph<BrpSchema, BrpDbContext>
{
    public override string Name => "brp";

    public override int DefaultPort => 5101;

    public override void ConfigureServices(IServiceCollection services, DatabaseOptions database)
        => services.AddSubgraphDatabase<BrpDbContext, SqliteBrpDbContext, PostgresBrpDbContext, SqlServerBrpDbContext>(Name, database);

    public override Task<bool> HasDataAsync(BrpDbContext db, CancellationToken cancellationToken)
        => db.Personen.AnyAsync(cancellationToken);

    public override Task SeedAsync(IDbContextFactory<BrpDbContext> databases, SeedOptions options, IProgress<string> progress, CancellationToken cancellationToken)
        => BrpSeeder.SeedAsync(databases, options, progress, cancellationToken);
}
