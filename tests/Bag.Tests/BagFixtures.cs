using FederatedGraph.Registries.Testing;
using FederatedGraph.Subgraphs.SampleData;
using FederatedGraph.Subgraphs.Toolkit.Hosting;

namespace FederatedGraph.Subgraphs.Bag.Tests;

/// <summary>One BAG subgraph per provider, migrated and seeded once for all tests of a class.</summary>
public abstract class BagFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public RegistryServer Server { get; private set; } = null!;

    /// <summary>The same sample municipality the server was seeded with, to pick keys and check answers.</summary>
    public Municipality Sample { get; } = new(SampleScaleParser.Parse(RegistryServer.TestScale));

    public async Task InitializeAsync() => Server = await RegistryServer.StartAsync(new BagSubgraph(), provider);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

public sealed class BagOnSqlite() : BagFixture(DatabaseProvider.Sqlite);

public sealed class BagOnPostgres() : BagFixture(DatabaseProvider.PostgreSQL);
