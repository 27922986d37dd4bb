using FederatedGraph.Registries.Testing;
using FederatedGraph.Subgraphs.Hr.Data;
using FederatedGraph.Subgraphs.SampleData;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Hr.Tests;

public sealed class HrSeederTests
{
    [Fact]
    public async Task Seeding_again_replaces_the_data_with_the_new_scale()
    {
        await using var server = await RegistryServer.StartAsync(new HrSubgraph(), DatabaseProvider.Sqlite, scale: "300");
        var databases = server.Services.GetRequiredService<IDbContextFactory<HrDbContext>>();

        // What `seed --Seed:Scale=...` does on a database that already holds sample data.
        await new HrSubgraph().SeedAsync(databases, new SeedOptions("500"), new Progress<string>(), CancellationToken.None);

        var hr = new Municipality(SampleScaleParser.Parse("500")).Hr;
        await using var db = await databases.CreateDbContextAsync();
        Assert.Equal(hr.MaatschappelijkeActiviteiten.Count, await db.MaatschappelijkeActiviteiten.CountAsync());
        Assert.Equal(hr.Vestigingen.Count, await db.Vestigingen.CountAsync());
        Assert.Equal(hr.Vestigingen.Sum(v => v.SbiActiviteiten.Count), await db.SbiActiviteiten.CountAsync());
        Assert.Equal(hr.MaatschappelijkeActiviteiten.Count(a => a.Eigenaar is SampleData.Hr.NietNatuurlijkPersoon), await db.NietNatuurlijkePersonen.CountAsync());
    }
}
