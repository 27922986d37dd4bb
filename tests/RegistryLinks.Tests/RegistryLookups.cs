using System.Text.Json;
using FederatedGraph.Registries.Testing;

namespace FederatedGraph.RegistryLinks.Tests;

/// <summary>Asks one registry for many keys over HTTP, the way the gateway does: variable batches.</summary>
internal static class RegistryLookups
{
    /// <summary>Keys per variable batch; the subgraphs accept up to 1000.</summary>
    private const int BatchSize = 500;

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
