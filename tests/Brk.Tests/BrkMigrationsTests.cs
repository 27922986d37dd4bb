using FederatedGraph.Subgraphs.Brk.Data;
using Microsoft.EntityFrameworkCore;

namespace FederatedGraph.Subgraphs.Brk.Tests;

public sealed class BrkMigrationsTests
{
    public static TheoryData<string> Providers => ["Sqlite", "PostgreSQL", "SqlServer"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_match_the_model(string provider)
    {
        // SQL Server cannot run here, but its migrations must still follow every model change.
        using BrkDbContext db = provider switch
        {
            "Sqlite" => new SqliteBrkDesignTimeFactory().CreateDbContext([]),
            "PostgreSQL" => new PostgresBrkDesignTimeFactory().CreateDbContext([]),
            _ => new SqlServerBrkDesignTimeFactory().CreateDbContext([]),
        };

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} migrations are behind the model: run dotnet ef migrations add for each provider (see README).");
    }
}
