using FederatedGraph.Subgraphs.Hr.Data;
using FederatedGraph.Subgraphs.SampleData;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FederatedGraph.Subgraphs.Hr.Tests;

public sealed class HrSeederTests
{
    [Fact]
    public async Task The_seed_command_replaces_existing_data_with_the_new_scale()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hr-reseed-{Guid.NewGuid():N}.db");
        var connection = $"Data Source={path};Pooling=False";
        try
        {
            // The real command, twice: the second run finds data of another scale and must replace it.
            Assert.Equal(0, await SubgraphHost.RunAsync(new HrSubgraph(), ["seed", $"--Database:ConnectionString={connection}", "--Seed:Scale=300", "--Logging:LogLevel:Default=Warning"]));
            Assert.Equal(0, await SubgraphHost.RunAsync(new HrSubgraph(), ["seed", $"--Database:ConnectionString={connection}", "--Seed:Scale=500", "--Logging:LogLevel:Default=Warning"]));

            var hr = new Municipality(SampleScaleParser.Parse("500")).Hr;
            await using var db = new SqliteHrDbContext(new DbContextOptionsBuilder<SqliteHrDbContext>().UseSqlite(connection).Options);
            Assert.Equal(hr.MaatschappelijkeActiviteiten.Count, await db.MaatschappelijkeActiviteiten.CountAsync());
            Assert.Equal(hr.Vestigingen.Count, await db.Vestigingen.CountAsync());
            Assert.Equal(hr.Vestigingen.Sum(v => v.SbiActiviteiten.Count), await db.SbiActiviteiten.CountAsync());
            Assert.Equal(hr.MaatschappelijkeActiviteiten.Count(a => a.Eigenaar is SampleData.Hr.NietNatuurlijkPersoon), await db.NietNatuurlijkePersonen.CountAsync());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
