using FederatedGraph.Registries.Testing;
using FederatedGraph.Subgraphs.Bag;
using FederatedGraph.Subgraphs.Brk;
using FederatedGraph.Subgraphs.Brp;
using FederatedGraph.Subgraphs.Hr;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using FederatedGraph.Subgraphs.Woz;

namespace FederatedGraph.Gateway.Execution.Tests;

/// <summary>The five registries, each on its own SQLite database and loopback port, started once for the test class.</summary>
public sealed class FiveRegistries : IAsyncLifetime
{
    public RegistryServer Brp { get; private set; } = null!;
    public RegistryServer Bag { get; private set; } = null!;
    public RegistryServer Hr { get; private set; } = null!;
    public RegistryServer Woz { get; private set; } = null!;
    public RegistryServer Brk { get; private set; } = null!;

    /// <summary>Each registry's GraphQL endpoint by source schema name.</summary>
    public Dictionary<string, string> Urls => new(StringComparer.Ordinal)
    {
        ["brp"] = Url(Brp), ["bag"] = Url(Bag), ["hr"] = Url(Hr), ["woz"] = Url(Woz), ["brk"] = Url(Brk),
    };

    public async Task InitializeAsync()
    {
        var brp = RegistryServer.StartAsync(new BrpSubgraph(), DatabaseProvider.Sqlite);
        var bag = RegistryServer.StartAsync(new BagSubgraph(), DatabaseProvider.Sqlite);
        var hr = RegistryServer.StartAsync(new HrSubgraph(), DatabaseProvider.Sqlite);
        var woz = RegistryServer.StartAsync(new WozSubgraph(), DatabaseProvider.Sqlite);
        var brk = RegistryServer.StartAsync(new BrkSubgraph(), DatabaseProvider.Sqlite);
        (Brp, Bag, Hr, Woz, Brk) = (await brp, await bag, await hr, await woz, await brk);
    }

    public async Task DisposeAsync()
    {
        foreach (var server in new[] { Brp, Bag, Hr, Woz, Brk })
            if (server is not null) await server.DisposeAsync();
    }

    private static string Url(RegistryServer server) => new Uri(server.Client.BaseAddress!, "/graphql").ToString();
}
