using FederatedGraph.Subgraphs.Toolkit.Hosting;

namespace FederatedGraph.Subgraphs.Bag.Data;

// One factory per provider so `dotnet ef migrations add --context <Provider>BagDbContext` can build each.
public sealed class SqliteBagDesignTimeFactory() : DesignTimeContextFactory<SqliteBagDbContext>(DatabaseProvider.Sqlite, o => new(o));

public sealed class PostgresBagDesignTimeFactory() : DesignTimeContextFactory<PostgresBagDbContext>(DatabaseProvider.PostgreSQL, o => new(o));

public sealed class SqlServerBagDesignTimeFactory() : DesignTimeContextFactory<SqlServerBagDbContext>(DatabaseProvider.SqlServer, o => new(o));
