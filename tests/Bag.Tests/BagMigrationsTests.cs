using FederatedGraph.Subgraphs.Bag.Data;
using Microsoft.EntityFrameworkCore;

namespace FederatedGraph.Subgraphs.Bag.Tests;

public sealed class BagMigrationsTests
{
    public static TheoryData<string> Providers => ["Sqlite", "PostgreSQL", "SqlServer"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_match_the_model(string provider)
    {
        // SQL Server cannot run here, but its migrations must still follow every model change.
        using BagDbContext db = provider switch
        {
            "Sqlite" => new SqliteBagDesignTimeFactory().CreateDbContext([]),
            "PostgreSQL" => new PostgresBagDesignTimeFactory().CreateDbContext([]),
            _ => new SqlServerBagDesignTimeFactory().CreateDbContext([]),
        };

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} migrations are behind the model: run dotnet ef migrations add for each provider (see README).");
    }
}
