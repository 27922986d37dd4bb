using FederatedGraph.Registries.Testing;
using FederatedGraph.Subgraphs.Toolkit.Hosting;

namespace FederatedGraph.Subgraphs.Hr.Tests;

/// <summary>One HR subgraph per provider, shared by all tests of a class.</summary>
public abstract class HrFixture(DatabaseProvider provider)
    : RegistryFixture(p => RegistryServer.StartAsync(new HrSubgraph(), p), provider);

public sealed class HrOnSqlite() : HrFixture(DatabaseProvider.Sqlite);

public sealed class HrOnPostgres() : HrFixture(DatabaseProvider.PostgreSQL);
