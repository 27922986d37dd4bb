using FederatedGraph.Subgraphs.Toolkit.Hosting;

namespace FederatedGraph.Subgraphs.Brk.Data;

// One factory per provider so `dotnet ef migrations add --context <Provider>BrkDbContext` can build each.
public sealed class SqliteBrkDesignTimeFactory() : DesignTimeContextFactory<SqliteBrkDbContext>(DatabaseProvider.Sqlite, o => new(o));

public sealed class PostgresBrkDesignTimeFactory() : DesignTimeContextFactory<PostgresBrkDbContext>(DatabaseProvider.PostgreSQL, o => new(o));

public sealed class SqlServerBrkDesignTimeFactory() : DesignTimeContextFactory<SqlServerBrkDbContext>(DatabaseProvider.SqlServer, o => new(o));
