using FederatedGraph.Subgraphs.Brk.Data;
using FederatedGraph.Subgraphs.Brk.GraphQL;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Brk;

/// <summary>The BRK registry as the subgraph host runs it.</summary>
public sealed class BrkSubgraph : RegistrySubgraph<BrkSchema, BrkDbContext>
{
    public override string Name => "brk";

    public override int DefaultPort => 5105;

    public override void ConfigureServices(IServiceCollection services, DatabaseOptions database)
        => services.AddSubgraphDatabase<BrkDbContext, SqliteBrkDbContext, PostgresBrkDbContext, SqlServerBrkDbContext>(Name, database);

    public override Task<bool> HasDataAsync(BrkDbContext db, CancellationToken cancellationToken)
        => db.OnroerendeZaken.AnyAsync(cancellationToken);

    public override Task SeedAsync(IDbContextFactory<BrkDbContext> databases, SeedOptions options, IProgress<string> progress, CancellationToken cancellationToken)
        => BrkSeeder.SeedAsync(databases, options, progress, cancellationToken);
}
