using System.Net;

namespace FederatedGraph.Gateway.Composer.Tests;

public sealed class ComposeToolTests : IDisposable
{
    private readonly SchemaFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Compose_writes_the_public_schema_and_the_configuration()
    {
        var (exitCode, output, _) = await folder.ComposeAsync();

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Composed 2 source schemas: 0 warnings.", output);
        var schema = File.ReadAllText(folder.PathOf("gateway.graphqls"));
        Assert.Contains("type Adres {\n  id: ID!\n  postcode: String!\n  soort: Soort!\n  bewoners: [Persoon!]!\n}", schema);
        Assert.Contains("\"requestBatching\": false", File.ReadAllText(folder.PathOf("gateway-configuration.json")));
    }

    [Fact]
    public async Task Check_passes_when_the_committed_files_are_up_to_date()
    {
        await folder.ComposeAsync();

        var (exitCode, output, _) = await folder.ComposeAsync("--check");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("0 changes to the public schema", output);
        Assert.Contains("are up to date", output);
    }

    [Fact]
    public async Task Check_reports_out_of_date_files_when_changes_are_not_breaking()
    {
        await folder.ComposeAsync();
        folder.Write("adressen", SchemaFolder.Adressen.Replace("soort: Soort!", "soort: Soort! huisnummer: Int"), SchemaFolder.UnusedPortUrl());

        var (exitCode, output, _) = await folder.ComposeAsync("--check");

        Assert.Equal(ExitCodes.OutOfDate, exitCode);
        Assert.Contains("SAFE      Adres.huisnummer: the field was added.", output);
        Assert.Contains("out of date", output);
        Assert.Contains("-- compose", output);
    }

    [Fact]
    public async Task Check_fails_on_breaking_changes_unless_they_are_allowed()
    {
        await folder.ComposeAsync();
        folder.Write("adressen", SchemaFolder.Adressen.Replace("enum Soort { WONING WINKEL }", "enum Soort { WONING }"), SchemaFolder.UnusedPortUrl());

        var refused = await folder.ComposeAsync("--check");
        var allowedOnCommandLine = await folder.ComposeAsync("--check", "--allow-breaking", "Soort.WINKEL");
        File.WriteAllText(folder.PathOf("allowed-breaking-changes.txt"), "# removed on purpose\nSoort.WINKEL  # no shops any more\n");
        var allowedInFile = await folder.ComposeAsync("--check");

        Assert.Equal(ExitCodes.BreakingChanges, refused.ExitCode);
        Assert.Contains("BREAKING  Soort.WINKEL: the enum value was removed.", refused.Output);
        Assert.Contains("--allow-breaking", refused.Output);
        Assert.Equal(ExitCodes.OutOfDate, allowedOnCommandLine.ExitCode);
        Assert.Contains("Soort.WINKEL: the enum value was removed. (allowed)", allowedOnCommandLine.Output);
        Assert.Equal(ExitCodes.OutOfDate, allowedInFile.ExitCode);
    }

    [Fact]
    public async Task Composition_errors_are_listed_one_per_line_and_exit_with_1()
    {
        folder.Write("personen", "type Query { persoon: Persoon", SchemaFolder.UnusedPortUrl());

        var (exitCode, output, _) = await folder.ComposeAsync();

        Assert.Equal(ExitCodes.CompositionFailed, exitCode);
        Assert.Matches(@"error INVALID_GRAPHQL in personen at 1:\d+: ", output);
        Assert.Contains("Composition failed: 1 error, 0 warnings.", output);
        Assert.False(File.Exists(folder.PathOf("gateway.graphqls")));
    }

    [Fact]
    public async Task A_missing_settings_file_is_an_error_that_says_what_to_add()
    {
        File.Delete(folder.PathOf("personen/schema-settings.json"));

        var (exitCode, _, error) = await folder.ComposeAsync();

        Assert.Equal(ExitCodes.CompositionFailed, exitCode);
        Assert.Contains("schema-settings.json is missing", error);
        Assert.Contains("\"url\"", error);
    }

    [Fact]
    public async Task A_folder_marked_apolloFederation_is_an_Apollo_subgraph_composed_with_our_source_schemas()
    {
        folder.Write("keurmerken", """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
            type Adres @key(fields: "id") { id: ID! keurmerk: String }
            """, "http://keurmerken.test/graphql", apolloFederation: true);

        var (exitCode, output, error) = await folder.ComposeAsync();

        Assert.True(exitCode == ExitCodes.Success, output + error);
        Assert.Contains("keurmerk: String", File.ReadAllText(folder.PathOf("gateway.graphqls")));
        var configuration = FederatedGraph.Gateway.Configuration.GatewayConfigurationJson.Read(File.ReadAllText(folder.PathOf("gateway-configuration.json")));
        Assert.True(configuration.SourceSchemas.Single(s => s.Name == "keurmerken").ApolloFederation);
        Assert.Contains(configuration.Types.Single(t => t.Name == "Adres").Lookups, l => l is { Schema: "keurmerken", Field: "_entities", Entities: true, Key: "id" });
    }

    [Fact]
    public async Task From_urls_fetches_each_schema_from_its_subgraph()
    {
        using var server = new HttpListener();
        var root = SchemaFolder.UnusedPortUrl().Replace("/graphql", "");
        server.Prefixes.Add(root + "/");
        server.Start();
        folder.Write("adressen", "not the schema that is served", root + "/adressen/graphql");
        folder.Write("personen", "not the schema that is served", root + "/personen/graphql");
        var served = new Dictionary<string, string>
        {
            ["/adressen/graphql/schema.graphqls"] = SchemaFolder.Adressen,
            ["/personen/graphql/schema.graphqls"] = SchemaFolder.Personen,
        };
        var serving = Task.Run(async () =>
        {
            for (var i = 0; i < served.Count; i++)
            {
                var context = await server.GetContextAsync();
                await context.Response.OutputStream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(served[context.Request.Url!.AbsolutePath]));
                context.Response.Close();
            }
        });

        var (exitCode, output, error) = await folder.ComposeAsync("--from-urls");
        await serving.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(exitCode == ExitCodes.Success, output + error);
        Assert.Contains("bewoners: [Persoon!]!", File.ReadAllText(folder.PathOf("gateway.graphqls")));
    }

    [Fact]
    public async Task From_urls_with_a_subgraph_down_says_so_without_a_stack_trace()
    {
        var (exitCode, _, error) = await folder.ComposeAsync("--from-urls");

        Assert.Equal(ExitCodes.CompositionFailed, exitCode);
        Assert.Contains("Cannot fetch the adressen schema from http://127.0.0.1:", error);
        Assert.Contains("Is the adressen subgraph running?", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Timing_prints_the_median_of_warm_runs()
    {
        var (exitCode, output, _) = await folder.ComposeAsync("--timing");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Matches(@"Composition of 2 source schemas: median \d+\.\d ms over 20 warm runs", output);
    }

    [Theory]
    [InlineData]
    [InlineData("build")]
    [InlineData("compose", "--unknown")]
    [InlineData("compose", "--schema-dir")]
    public async Task A_bad_command_line_prints_the_usage(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var http = new HttpClient();

        var exitCode = await ComposeTool.RunAsync(args, new ComposeEnvironment(output, error, http, Path.GetTempPath()));

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("Usage: dotnet run --project gateway/Composer -- compose", error.ToString());
    }
}
