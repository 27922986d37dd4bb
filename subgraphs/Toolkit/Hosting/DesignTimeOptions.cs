using Microsoft.EntityFrameworkCore;

namespace FederatedGraph.Subgraphs.Toolkit.Hosting;

/// <summary>
/// Context options for <c>dotnet ef migrations add</c>, which needs each provider's context without a
/// running subgraph. The connection strings are placeholders: generating migrations does not connect.
/// </summary>
public static class DesignTimeOptions
{
    public static DbContextOptions<TContext> For<TContext>(DatabaseProvider provider) where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        _ = provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite("Data Source=design-time.db"),
            DatabaseProvider.PostgreSQL => builder.UseNpgsql("Host=localhost;Database=design_time"),
            DatabaseProvider.SqlServer => builder.UseSqlServer("Server=localhost;Database=design_time;TrustServerCertificate=true"),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
        return builder.Options;
    }
}
