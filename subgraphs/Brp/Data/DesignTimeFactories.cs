using FederatedGraph.Subgraphs.Toolkit.Hosting;
using Microsoft.EntityFrameworkCore.Design;

namespace FederatedGraph.Subgraphs.Brp.Data;

// One factory per provider so `dotnet ef migrations add --context <Provider>BrpDbContext` can build each.
internal sealed class SqliteBrpDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBrpDbContext>
{
    public SqliteBrpDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<SqliteBrpDbContext>(DatabaseProvider.Sqlite));
}

internal sealed class PostgresBrpDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBrpDbContext>
{
    public PostgresBrpDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<PostgresBrpDbContext>(DatabaseProvider.PostgreSQL));
}

internal sealed class SqlServerBrpDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerBrpDbContext>
{
    public SqlServerBrpDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<SqlServerBrpDbContext>(DatabaseProvider.SqlServer));
}
