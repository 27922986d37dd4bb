using FederatedGraph.Registries.Testing;
using FederatedGraph.Subgraphs.Toolkit.Hosting;

namespace FederatedGraph.Subgraphs.Woz.Tests;

/// <summary>One WOZ subgraph per provider, shared by all tests of a class.</summary>
public abstract class WozFixture(DatabaseProvider provider)
    : RegistryFixture(p => RegistryServer.StartAsync(new WozSubgraph(), p), provider);

public sealed class WozOnSqlite() : WozFixture(DatabaseProvider.Sqlite);

public sealed class WozOnPostgres() : WozFixture(DatabaseProvider.PostgreSQL);
