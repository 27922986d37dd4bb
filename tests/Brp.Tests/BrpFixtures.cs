using FederatedGraph.Registries.Testing;
using FederatedGraph.Subgraphs.Toolkit.Hosting;

namespace FederatedGraph.Subgraphs.Brp.Tests;

/// <summary>One BRP subgraph per provider, shared by all tests of a class.</summary>
public abstract class BrpFixture(DatabaseProvider provider)
    : RegistryFixture(p => RegistryServer.StartAsync(new BrpSubgraph(), p), provider);

public sealed class BrpOnSqlite() : BrpFixture(DatabaseProvider.Sqlite);

public sealed class BrpOnPostgres() : BrpFixture(DatabaseProvider.PostgreSQL);
