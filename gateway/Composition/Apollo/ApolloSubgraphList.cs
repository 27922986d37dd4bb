using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FederatedGraph.Composition.SourceSchemas;

namespace FederatedGraph.Composition.Apollo;

/// <summary>One Apollo subgraph of a subgraph list: its name, its GraphQL endpoint and, optionally, a file with its SDL.</summary>
public sealed record ApolloSubgraphEntry(string Name, string? Url, string? SdlFile);

/// <summary>
/// The file <c>Gateway:Subgraphs</c> names: the Apollo subgraphs to compose from their own SDL and, optionally, a
/// directory of our registries' source schemas to compose with them (a mixed federation).
/// <code>{ "subgraphs": [ { "name": "catalog", "url": "http://catalog:4001/graphql", "sdlFile": "catalog.graphqls" } ], "schemaDirectory": "../schema" }</code>
/// Without <c>sdlFile</c> the SDL is asked of the subgraph itself with <c>{ _service { sdl } }</c>. Relative paths are
/// relative to the list file.
/// </summary>
public sealed record ApolloSubgraphList(IReadOnlyList<ApolloSubgraphEntry> Subgraphs, string? SchemaDirectory)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    /// <summary>Reads the list; throws <see cref="SourceSchemaException"/> saying what is wrong with it.</summary>
    public static ApolloSubgraphList Read(string path)
    {
        ApolloSubgraphList? list;
        try
        {
            list = JsonSerializer.Deserialize<ApolloSubgraphList>(File.ReadAllText(path), Json);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new SourceSchemaException($"The subgraph list {path} cannot be read: {e.Message}");
        }
        if (list?.Subgraphs is not { Count: > 0 } subgraphs)
            throw new SourceSchemaException($"The subgraph list {path} names no subgraphs: give \"subgraphs\": [{{ \"name\": ..., \"url\": ... }}].");
        foreach (var subgraph in subgraphs.Where(s => string.IsNullOrWhiteSpace(s.Name) || (s.Url is null && s.SdlFile is null)))
            throw new SourceSchemaException($"The subgraph list {path} has an entry without a name, or without both url and sdlFile ('{subgraph.Name}').");
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return new ApolloSubgraphList(
            [.. subgraphs.Select(s => s with { SdlFile = s.SdlFile is null ? null : Path.Combine(directory, s.SdlFile) })],
            list.SchemaDirectory is null ? null : Path.Combine(directory, list.SchemaDirectory));
    }

    /// <summary>
    /// The source schemas to compose: our registries' (when a schema directory is given) and the Apollo subgraphs,
    /// each SDL read from its file or fetched from the subgraph.
    /// </summary>
    public async Task<IReadOnlyList<SourceSchema>> SourceSchemasAsync(HttpClient http, CancellationToken cancellationToken = default)
    {
        var registries = SchemaDirectory is null ? [] : SourceSchemaDirectory.Read(SchemaDirectory);
        var subgraphs = await Task.WhenAll(Subgraphs.Select(async s => SourceSchema.ApolloSubgraph(
            s.Name,
            s.SdlFile is { } file ? ReadSdl(s.Name, file) : await ApolloServiceSdl.FetchAsync(http, s.Name, s.Url!, cancellationToken),
            s.Url)));
        return [.. registries, .. subgraphs];
    }

    private static string ReadSdl(string name, string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SourceSchemaException($"The SDL of subgraph {name} cannot be read from {file}: {e.Message}");
        }
    }
}

/// <summary>Asks an Apollo subgraph for its own SDL: <c>{ _service { sdl } }</c>, the query every federation subgraph answers.</summary>
public static class ApolloServiceSdl
{
    public const string Query = "{ _service { sdl } }";

    /// <summary>The SDL; throws <see cref="SourceSchemaException"/> naming the subgraph when it cannot be had.</summary>
    public static async Task<string> FetchAsync(HttpClient http, string name, string url, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await http.PostAsJsonAsync(url, new { query = Query }, cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new SourceSchemaException($"The Apollo subgraph {name} answered {(int)response.StatusCode} {response.ReasonPhrase} to {Query} at {url}.");
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return body?["data"]?["_service"]?["sdl"]?.GetValue<string>()
                ?? throw new SourceSchemaException($"The Apollo subgraph {name} at {url} gave no SDL for {Query}: {Truncated(body?.ToJsonString())}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or InvalidOperationException)
        {
            throw new SourceSchemaException($"Cannot ask the Apollo subgraph {name} at {url} for its SDL ({(e is TaskCanceledException ? "no answer in time" : e.Message)}).");
        }
    }

    private static string Truncated(string? text) => text is null ? "no JSON" : text.Length > 200 ? text[..200] + "..." : text;
}
