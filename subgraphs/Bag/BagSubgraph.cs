using FederatedGraph.Subgraphs.Bag.Data;
using FederatedGraph.Subgraphs.Bag.GraphQL;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Bag;

/// <summary>The BAG registry as the subgraph host runs it.</summary>
public sealed class BagSubgraph : RegistrySubgraph<BagSchema, BagDbContext>
{
    public override string Name => "bag";

    public override int DefaultPort => 5102;

    public override void ConfigureServices(IServiceCollection services, DatabaseOptions database)
        => services.AddSubgraphDatabase<BagDbContext, SqliteBagDbContext, PostgresBagDbContext, SqlServerBagDbContext>(Name, database);

    public override Task<bool> HasDataAsync(BagDbContext db, CancellationToken cancellationToken)
        => db.Nummeraanduidingen.AnyAsync(cancellationToken);

    public override Task SeedAsync(IDbContextFactory<BagDbContext> databases, SeedOptions options, IProgress<string> progress, CancellationToken cancellationToken)
        => BagSeeder.SeedAsync(databases, options, progress, cancellationToken);
}
