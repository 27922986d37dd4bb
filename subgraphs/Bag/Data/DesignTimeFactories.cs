using FederatedGraph.Subgraphs.Toolkit.Hosting;
using Microsoft.EntityFrameworkCore.Design;

namespace FederatedGraph.Subgraphs.Bag.Data;

// One factory per provider so `dotnet ef migrations add --context <Provider>BagDbContext` can build each.
internal sealed class SqliteBagDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBagDbContext>
{
    public SqliteBagDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<SqliteBagDbContext>(DatabaseProvider.Sqlite));
}

internal sealed class PostgresBagDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBagDbContext>
{
    public PostgresBagDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<PostgresBagDbContext>(DatabaseProvider.PostgreSQL));
}

internal sealed class SqlServerBagDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerBagDbContext>
{
    public SqlServerBagDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<SqlServerBagDbContext>(DatabaseProvider.SqlServer));
}
