using System.Net;
using System.Text;
using FederatedGraph.Composition.Apollo;
using FederatedGraph.Composition.SourceSchemas;

namespace FederatedGraph.Composition.Tests.Apollo;

/// <summary>The subgraph list of <c>Gateway:Subgraphs</c> and asking a subgraph for its SDL with <c>{ _service { sdl } }</c>.</summary>
public sealed class ApolloSubgraphListTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("fg-list-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private sealed class Subgraph(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public string? Query { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Query = await request.Content!.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
    }

    [Fact]
    public async Task The_sdl_is_read_from_a_file_or_asked_of_the_subgraph()
    {
        File.WriteAllText(Path.Combine(directory, "a.graphqls"), "type Query { a: Int }");
        var path = Path.Combine(directory, "subgraphs.json");
        File.WriteAllText(path, """{ "subgraphs": [ { "name": "a", "url": "http://a.test/graphql", "sdlFile": "a.graphqls" }, { "name": "b", "url": "http://b.test/graphql" } ] }""");
        var subgraph = new Subgraph(HttpStatusCode.OK, """{ "data": { "_service": { "sdl": "type Query { b: Int }" } } }""");

        var sources = await ApolloSubgraphList.Read(path).SourceSchemasAsync(new HttpClient(subgraph));

        Assert.Equal(["a type Query { a: Int } http://a.test/graphql", "b type Query { b: Int } http://b.test/graphql"],
            sources.Select(s => $"{s.Name} {s.Sdl} {s.Settings.Url}"));
        Assert.All(sources, s => Assert.True(s.ApolloFederation));
        Assert.Contains("_service", subgraph.Query);
        Assert.True(Composer.Compose(sources).Succeeded);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, "{}", "500")]
    [InlineData(HttpStatusCode.OK, """{ "errors": [ { "message": "Cannot query field _service" } ] }""", "gave no SDL")]
    public async Task A_subgraph_that_gives_no_sdl_is_named_in_the_error(HttpStatusCode status, string body, string reason)
    {
        var exception = await Assert.ThrowsAsync<SourceSchemaException>(() =>
            ApolloServiceSdl.FetchAsync(new HttpClient(new Subgraph(status, body)), "b", "http://b.test/graphql"));

        Assert.Contains("b", exception.Message);
        Assert.Contains(reason, exception.Message);
    }

    [Fact]
    public async Task A_schema_directory_in_the_list_mixes_our_registries_in()
    {
        File.WriteAllText(Path.Combine(directory, "energielabels.graphqls"), SubgraphReaderTests.EnergielabelsSubgraph);
        var path = Path.Combine(directory, "subgraphs.json");
        var schemaDirectory = Path.Combine(RepositorySchemas.Root, "schema").Replace("\\", "/");
        File.WriteAllText(path, $$"""{ "subgraphs": [ { "name": "energielabels", "sdlFile": "energielabels.graphqls" } ], "schemaDirectory": "{{schemaDirectory}}" }""");

        var sources = await ApolloSubgraphList.Read(path).SourceSchemasAsync(new HttpClient());

        Assert.Equal(["bag", "brk", "brp", "energielabels", "hr", "woz"], sources.Select(s => s.Name).Order());
        Assert.Equal(["energielabels"], sources.Where(s => s.ApolloFederation).Select(s => s.Name));
        var result = Composer.Compose(sources);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public void A_list_without_subgraphs_is_refused()
    {
        var path = Path.Combine(directory, "subgraphs.json");
        File.WriteAllText(path, """{ "subgraphs": [] }""");

        Assert.Throws<SourceSchemaException>(() => ApolloSubgraphList.Read(path));
    }
}
