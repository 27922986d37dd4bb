using FederatedGraph.Subgraphs.SampleData;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using Xunit;

namespace FederatedGraph.Registries.Testing;

/// <summary>
/// A registry subgraph on one database provider, migrated and seeded once for all tests of a class,
/// with the same sample municipality it was seeded from, to pick keys and check answers.
/// </summary>
public abstract class RegistryFixture(Func<DatabaseProvider, Task<RegistryServer>> start, DatabaseProvider provider) : IAsyncLifetime
{
    public RegistryServer Server { get; private set; } = null!;

    public Municipality Sample { get; } = new(SampleScaleParser.Parse(RegistryServer.TestScale));

    public async Task InitializeAsync() => Server = await start(provider);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
