using System.Text.Json;
using FederatedGraph.Registries.Testing;
using FederatedGraph.Subgraphs.Bag;
using FederatedGraph.Subgraphs.Brk;
using FederatedGraph.Subgraphs.Brp;
using FederatedGraph.Subgraphs.Hr;
using FederatedGraph.Subgraphs.SampleData;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using FederatedGraph.Subgraphs.Woz;

namespace FederatedGraph.RegistryLinks.Tests;

/// <summary>All five registries, each seeded into its own SQLite database and served on its own port.</summary>
public sealed class FiveRegistries : IAsyncLifetime
{
    /// <summary>Keys per variable batch; the subgraphs accept up to 1000.</summary>
    private const int BatchSize = 500;

    public RegistryServer Brp { get; private set; } = null!;
    public RegistryServer Bag { get; private set; } = null!;
    public RegistryServer Hr { get; private set; } = null!;
    public RegistryServer Woz { get; private set; } = null!;
    public RegistryServer Brk { get; private set; } = null!;

    public Municipality Sample { get; } = new(SampleScaleParser.Parse(RegistryServer.TestScale));

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

    /// <summary>
    /// Runs <paramref name="query"/> once per key as variable batches (<c>$key</c>), and returns each key's
    /// <c>data.&lt;root field&gt;</c>, failing on any GraphQL error.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, JsonElement>> LookUpAsync(RegistryServer server, string query, IEnumerable<string> keys)
    {
        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        var results = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var chunk in distinct.Chunk(BatchSize))
        {
            var response = await server.PostAsync(query, chunk.Select(key => new { key }).ToArray(), accept: "application/jsonl");
            Assert.Equal(200, response.Status);
            var lines = response.Lines;
            Assert.Equal(chunk.Length, lines.Count);
            foreach (var (key, line) in chunk.Zip(lines))
            {
                Assert.False(line.TryGetProperty("errors", out var errors), $"{key}: {errors}");
                results[key] = line.GetProperty("data").EnumerateObject().Single().Value;
            }
        }
        return results;
    }
}
