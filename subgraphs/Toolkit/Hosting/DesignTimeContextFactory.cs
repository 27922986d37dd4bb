using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FederatedGraph.Subgraphs.Toolkit.Hosting;

/// <summary>
/// Builds a provider's context for <c>dotnet ef migrations add</c>, which needs each provider's context
/// without a running subgraph. The connection strings are placeholders: generating migrations does not connect.
/// A registry declares one subclass per provider, e.g.
/// <c>class SqliteFactory() : DesignTimeContextFactory&lt;SqliteBrpDbContext&gt;(DatabaseProvider.Sqlite, o =&gt; new(o));</c>
/// </summary>
public abstract class DesignTimeContextFactory<TContext>(DatabaseProvider provider, Func<DbContextOptions<TContext>, TContext> create)
    : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        _ = provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite("Data Source=design-time.db"),
            DatabaseProvider.PostgreSQL => builder.UseNpgsql("Host=localhost;Database=design_time"),
            DatabaseProvider.SqlServer => builder.UseSqlServer("Server=localhost;Database=design_time;TrustServerCertificate=true"),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
        return create(builder.Options);
    }
}
