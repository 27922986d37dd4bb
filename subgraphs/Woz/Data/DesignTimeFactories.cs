using FederatedGraph.Subgraphs.Toolkit.Hosting;

namespace FederatedGraph.Subgraphs.Woz.Data;

// One factory per provider so `dotnet ef migrations add --context <Provider>WozDbContext` can build each.
public sealed class SqliteWozDesignTimeFactory() : DesignTimeContextFactory<SqliteWozDbContext>(DatabaseProvider.Sqlite, o => new(o));

public sealed class PostgresWozDesignTimeFactory() : DesignTimeContextFactory<PostgresWozDbContext>(DatabaseProvider.PostgreSQL, o => new(o));

public sealed class SqlServerWozDesignTimeFactory() : DesignTimeContextFactory<SqlServerWozDbContext>(DatabaseProvider.SqlServer, o => new(o));
