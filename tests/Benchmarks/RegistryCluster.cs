using FederatedGraph.Registries.Testing;
using FederatedGraph.Subgraphs.Bag;
using FederatedGraph.Subgraphs.Brk;
using FederatedGraph.Subgraphs.Brp;
using FederatedGraph.Subgraphs.Hr;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using FederatedGraph.Subgraphs.Woz;

namespace FederatedGraph.Benchmarks;

/// <summary>The five registry subgraphs in-process on loopback, each over its own seeded SQLite database.</summary>
internal sealed class RegistryCluster : IAsyncDisposable
{
    private readonly Dictionary<string, RegistryServer> _servers;

    private RegistryCluster(Dictionary<string, RegistryServer> servers) => _servers = servers;

    public RegistryServer this[string name] => _servers[name];

    /// <summary>Each source schema's GraphQL endpoint, by the name the gateway configuration gives it.</summary>
    public Dictionary<string, string> Urls => _servers.ToDictionary(s => s.Key, s => new Uri(s.Value.Client.BaseAddress!, "/graphql").ToString());

    public static async Task<RegistryCluster> StartAsync(string scale)
    {
        Console.WriteLine($"Starting the five registries on SQLite (scale {scale})...");
        var servers = await Task.WhenAll(
            RegistryServer.StartAsync(new BrpSubgraph(), DatabaseProvider.Sqlite, scale),
            RegistryServer.StartAsync(new BagSubgraph(), DatabaseProvider.Sqlite, scale),
            RegistryServer.StartAsync(new HrSubgraph(), DatabaseProvider.Sqlite, scale),
            RegistryServer.StartAsync(new WozSubgraph(), DatabaseProvider.Sqlite, scale),
            RegistryServer.StartAsync(new BrkSubgraph(), DatabaseProvider.Sqlite, scale));
        return new RegistryCluster(new[] { "brp", "bag", "hr", "woz", "brk" }.Zip(servers).ToDictionary(p => p.First, p => p.Second));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers.Values) await server.DisposeAsync();
    }
}
