using FederatedGraph.Subgraphs.Brp.Data;
using Microsoft.EntityFrameworkCore;

namespace FederatedGraph.Subgraphs.Brp.Tests;

public sealed class BrpMigrationsTests
{
    public static TheoryData<string> Providers => ["Sqlite", "PostgreSQL", "SqlServer"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_match_the_model(string provider)
    {
        // SQL Server cannot run here, but its migrations must still follow every model change.
        using BrpDbContext db = provider switch
        {
            "Sqlite" => new SqliteBrpDesignTimeFactory().CreateDbContext([]),
            "PostgreSQL" => new PostgresBrpDesignTimeFactory().CreateDbContext([]),
            _ => new SqlServerBrpDesignTimeFactory().CreateDbContext([]),
        };

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} migrations are behind the model: run dotnet ef migrations add for each provider (see README).");
    }
}
