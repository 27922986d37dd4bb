using FederatedGraph.Subgraphs.Hr.Data;
using FederatedGraph.Subgraphs.Hr.GraphQL;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Hr;

/// <summary>The HR registry as the subgraph host runs it.</summary>
public sealed class HrSubgraph : RegistrySubgraph<HrSchema, HrDbContext>
{
    public override string Name => "hr";

    public override int DefaultPort => 5103;

    public override void ConfigureServices(IServiceCollection services, DatabaseOptions database)
        => services.AddSubgraphDatabase<HrDbContext, SqliteHrDbContext, PostgresHrDbContext, SqlServerHrDbContext>(Name, database);

    public override Task<bool> HasDataAsync(HrDbContext db, CancellationToken cancellationToken)
        => db.MaatschappelijkeActiviteiten.AnyAsync(cancellationToken);

    public override Task SeedAsync(IDbContextFactory<HrDbContext> databases, SeedOptions options, IProgress<string> progress, CancellationToken cancellationToken)
        => HrSeeder.SeedAsync(databases, options, progress, cancellationToken);
}
