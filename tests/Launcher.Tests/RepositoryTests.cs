namespace FederatedGraph.Launcher.Tests;

public sealed class RepositoryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("launcher-repository-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_subgraphs_are_the_source_schemas_in_the_order_of_their_ports()
    {
        AddSourceSchema("beta", "Beta", "http://127.0.0.1:6002/graphql");
        AddSourceSchema("alpha", "Alpha", "http://127.0.0.1:6001/graphql");

        var schemas = new Repository(_root).SourceSchemas();

        Assert.Equal(["alpha:6001", "beta:6002"], schemas.Select(s => $"{s.Name}:{s.DefaultPort}"));
        Assert.Equal(Path.Combine(_root, "subgraphs", "Alpha"), schemas[0].ProjectDirectory);
    }

    [Fact]
    public void A_source_schema_without_a_project_to_run_is_named()
    {
        AddSourceSchema("alpha", project: null, "http://127.0.0.1:6001/graphql");

        var failure = Assert.Throws<LaunchFailedException>(() => new Repository(_root).SourceSchemas());

        Assert.Equal("Source schema 'alpha' has no project under subgraphs/ to run.", failure.Message);
    }

    [Fact]
    public void A_project_builds_the_dll_named_after_it()
    {
        AddSourceSchema("alpha", "Alpha", "http://127.0.0.1:6001/graphql");

        var dll = Repository.BuiltAssembly(Path.Combine(_root, "subgraphs", "Alpha"), "Release");

        Assert.Equal(Path.Combine(_root, "subgraphs", "Alpha", "bin", "Release", "net10.0", "Company.Alpha.dll"), dll);
        Assert.Null(Repository.BuiltAssembly(Path.Combine(_root, "gateway", "Host"), "Release"));
    }

    private void AddSourceSchema(string name, string? project, string url)
    {
        var schema = Directory.CreateDirectory(Path.Combine(_root, "schema", name)).FullName;
        File.WriteAllText(Path.Combine(schema, "schema-settings.json"), $$"""{ "url": "{{url}}" }""");
        if (project is null) return;
        var folder = Directory.CreateDirectory(Path.Combine(_root, "subgraphs", project)).FullName;
        File.WriteAllText(Path.Combine(folder, $"Company.{project}.csproj"), "<Project />");
    }
}
