using FederatedGraph.Registries.Testing;
using FederatedGraph.Subgraphs.Bag;
using FederatedGraph.Subgraphs.Brk;
using FederatedGraph.Subgraphs.Brp;
using FederatedGraph.Subgraphs.Hr;
using FederatedGraph.Subgraphs.SampleData;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using FederatedGraph.Subgraphs.Woz;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace FederatedGraph.FederationTesting;

/// <summary>
/// The five registry subgraphs in this process, each seeded into its own SQLite database and served on its own
/// loopback port: an xunit fixture at the test scale, or started directly (<see cref="StartAsync"/>) at any scale.
/// </summary>
public sealed class FiveRegistries : IAsyncLifetime, IAsyncDisposable
{
    private readonly Dictionary<string, RegistryServer> _servers = new(StringComparer.Ordinal);
    private string _scale = RegistryServer.TestScale;
    private Action<IServiceCollection>? _configureServices = services => services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, ProcessingLogWrites>();
    private Municipality? _sample;

    /// <summary>The database every registry runs on (each its own); SQLite unless a fixture asks for PostgreSQL.</summary>
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    public RegistryServer Brp => _servers["brp"];
    public RegistryServer Bag => _servers["bag"];
    public RegistryServer Hr => _servers["hr"];
    public RegistryServer Woz => _servers["woz"];
    public RegistryServer Brk => _servers["brk"];

    /// <summary>A registry by its source schema name.</summary>
    public RegistryServer this[string name] => _servers[name];

    /// <summary>Each registry's GraphQL endpoint by source schema name.</summary>
    public Dictionary<string, string> Urls => _servers.ToDictionary(
        s => s.Key, s => new Uri(s.Value.Client.BaseAddress!, "/graphql").ToString(), StringComparer.Ordinal);

    /// <summary>The sample data the registries were seeded with, generated again on first use.</summary>
    public Municipality Sample => _sample ??= new Municipality(SampleScaleParser.Parse(_scale));

    /// <param name="configureServices">Applied to every registry after its own services (benchmarks replace one).</param>
    public static async Task<FiveRegistries> StartAsync(string scale, Action<IServiceCollection>? configureServices = null)
    {
        var registries = new FiveRegistries { _scale = scale };
        registries._configureServices += configureServices;
        await registries.InitializeAsync();
        return registries;
    }

    public async Task InitializeAsync()
    {
        var starting = new Dictionary<string, Task<RegistryServer>>
        {
            ["brp"] = RegistryServer.StartAsync(new BrpSubgraph(), Provider, _scale, _configureServices),
            ["bag"] = RegistryServer.StartAsync(new BagSubgraph(), Provider, _scale, _configureServices),
            ["hr"] = RegistryServer.StartAsync(new HrSubgraph(), Provider, _scale, _configureServices),
            ["woz"] = RegistryServer.StartAsync(new WozSubgraph(), Provider, _scale, _configureServices),
            ["brk"] = RegistryServer.StartAsync(new BrkSubgraph(), Provider, _scale, _configureServices),
        };
        foreach (var (name, server) in starting) _servers[name] = await server;
    }

    public async Task DisposeAsync()
    {
        foreach (var server in _servers.Values) await server.DisposeAsync();
        _servers.Clear();
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());
}
