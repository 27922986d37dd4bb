using FederatedGraph.Registries.Testing;
using FederatedGraph.Subgraphs.Toolkit.Hosting;

namespace FederatedGraph.Subgraphs.Bag.Tests;

/// <summary>One BAG subgraph per provider, shared by all tests of a class.</summary>
public abstract class BagFixture(DatabaseProvider provider)
    : RegistryFixture(p => RegistryServer.StartAsync(new BagSubgraph(), p), provider);

public sealed class BagOnSqlite() : BagFixture(DatabaseProvider.Sqlite);

public sealed class BagOnPostgres() : BagFixture(DatabaseProvider.PostgreSQL);
