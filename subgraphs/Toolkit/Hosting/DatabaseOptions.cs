using Microsoft.EntityFrameworkCore;

namespace FederatedGraph.Subgraphs.Toolkit.Hosting;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
    SqlServer,
}

/// <summary>Which database a registry uses; bound from the "Database" configuration section
/// (e.g. <c>Database__Provider=PostgreSQL</c>, <c>Database__ConnectionString=...</c>).</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Defaults to an SQLite file named after the registry under <c>data/</c>.</summary>
    public string? ConnectionString { get; set; }

    public string ConnectionStringFor(string registry)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString)) return ConnectionString;
        if (Provider != DatabaseProvider.Sqlite)
            throw new InvalidOperationException($"Database:ConnectionString is required for provider {Provider}.");
        Directory.CreateDirectory("data");
        return $"Data Source={Path.GetFullPath(Path.Combine("data", registry + ".db"))}";
    }

    /// <summary>Points EF Core at the configured provider.</summary>
    /// <param name="migrationsHistoryTable">For a second context in the same database, so its migrations keep their own history.</param>
    public DbContextOptionsBuilder Apply(DbContextOptionsBuilder options, string connectionString, string? migrationsHistoryTable = null)
        => Provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => { if (migrationsHistoryTable is not null) o.MigrationsHistoryTable(migrationsHistoryTable); }),
            DatabaseProvider.PostgreSQL => options.UseNpgsql(connectionString, o => { if (migrationsHistoryTable is not null) o.MigrationsHistoryTable(migrationsHistoryTable); }),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => { if (migrationsHistoryTable is not null) o.MigrationsHistoryTable(migrationsHistoryTable); }),
            _ => throw new InvalidOperationException($"Unknown database provider {Provider}."),
        };
}
