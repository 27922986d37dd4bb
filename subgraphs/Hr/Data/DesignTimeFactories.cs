using FederatedGraph.Subgraphs.Toolkit.Hosting;

namespace FederatedGraph.Subgraphs.Hr.Data;

// One factory per provider so `dotnet ef migrations add --context <Provider>HrDbContext` can build each.
public sealed class SqliteHrDesignTimeFactory() : DesignTimeContextFactory<SqliteHrDbContext>(DatabaseProvider.Sqlite, o => new(o));

public sealed class PostgresHrDesignTimeFactory() : DesignTimeContextFactory<PostgresHrDbContext>(DatabaseProvider.PostgreSQL, o => new(o));

public sealed class SqlServerHrDesignTimeFactory() : DesignTimeContextFactory<SqlServerHrDbContext>(DatabaseProvider.SqlServer, o => new(o));
