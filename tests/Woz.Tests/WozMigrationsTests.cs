using FederatedGraph.Subgraphs.Woz.Data;
using Microsoft.EntityFrameworkCore;

namespace FederatedGraph.Subgraphs.Woz.Tests;

public sealed class WozMigrationsTests
{
    public static TheoryData<string> Providers => ["Sqlite", "PostgreSQL", "SqlServer"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_match_the_model(string provider)
    {
        // SQL Server cannot run here, but its migrations must still follow every model change.
        using WozDbContext db = provider switch
        {
            "Sqlite" => new SqliteWozDesignTimeFactory().CreateDbContext([]),
            "PostgreSQL" => new PostgresWozDesignTimeFactory().CreateDbContext([]),
            _ => new SqlServerWozDesignTimeFactory().CreateDbContext([]),
        };

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} migrations are behind the model: run dotnet ef migrations add for each provider (see README).");
    }
}
