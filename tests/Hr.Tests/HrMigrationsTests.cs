using FederatedGraph.Subgraphs.Hr.Data;
using Microsoft.EntityFrameworkCore;

namespace FederatedGraph.Subgraphs.Hr.Tests;

public sealed class HrMigrationsTests
{
    public static TheoryData<string> Providers => ["Sqlite", "PostgreSQL", "SqlServer"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_match_the_model(string provider)
    {
        // SQL Server cannot run here, but its migrations must still follow every model change.
        using HrDbContext db = provider switch
        {
            "Sqlite" => new SqliteHrDesignTimeFactory().CreateDbContext([]),
            "PostgreSQL" => new PostgresHrDesignTimeFactory().CreateDbContext([]),
            _ => new SqlServerHrDesignTimeFactory().CreateDbContext([]),
        };

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} migrations are behind the model: run dotnet ef migrations add for each provider (see README).");
    }
}
