using FederatedGraph.Registries.Testing;
using FederatedGraph.Subgraphs.Toolkit.Hosting;

namespace FederatedGraph.Subgraphs.Brk.Tests;

/// <summary>One BRK subgraph per provider, shared by all tests of a class.</summary>
public abstract class BrkFixture(DatabaseProvider provider)
    : RegistryFixture(p => RegistryServer.StartAsync(new BrkSubgraph(), p), provider);

public sealed class BrkOnSqlite() : BrkFixture(DatabaseProvider.Sqlite);

public sealed class BrkOnPostgres() : BrkFixture(DatabaseProvider.PostgreSQL);
