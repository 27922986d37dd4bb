using FederatedGraph.Subgraphs.Toolkit.Hosting;

namespace FederatedGraph.Subgraphs.Brp.Data;

// One factory per provider so `dotnet ef migrations add --context <Provider>BrpDbContext` can build each.
public sealed class SqliteBrpDesignTimeFactory() : DesignTimeContextFactory<SqliteBrpDbContext>(DatabaseProvider.Sqlite, o => new(o));

public sealed class PostgresBrpDesignTimeFactory() : DesignTimeContextFactory<PostgresBrpDbContext>(DatabaseProvider.PostgreSQL, o => new(o));

public sealed class SqlServerBrpDesignTimeFactory() : DesignTimeContextFactory<SqlServerBrpDbContext>(DatabaseProvider.SqlServer, o => new(o));
