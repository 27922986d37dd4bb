using System.Net;
using System.Net.Sockets;

namespace FederatedGraph.Gateway.Composer.Tests;

/// <summary>A throw-away schema directory with two small source schemas, and the tool run in-process on it.</summary>
internal sealed class SchemaFolder : IDisposable
{
    public const string Adressen = """
        directive @key(fields: FieldSelectionSet!) repeatable on OBJECT | INTERFACE
        directive @lookup on FIELD_DEFINITION
        scalar FieldSelectionSet
        type Query { adres(id: ID!): Adres @lookup }
        type Adres @key(fields: "id") { id: ID! postcode: String! soort: Soort! }
        enum Soort { WONING WINKEL }
        """;

    public const string Personen = """
        directive @key(fields: FieldSelectionSet!) repeatable on OBJECT | INTERFACE
        directive @lookup on FIELD_DEFINITION
        directive @internal on OBJECT | FIELD_DEFINITION
        scalar FieldSelectionSet
        type Query { persoon(bsn: String!): Persoon @lookup adres(id: ID!): Adres @lookup @internal }
        type Persoon { bsn: String! naam: String! adres: Adres! }
        type Adres @key(fields: "id") { id: ID! bewoners: [Persoon!]! }
        """;

    public string Path { get; } = Directory.CreateTempSubdirectory("compose-test-").FullName;

    public SchemaFolder()
    {
        Write("adressen", Adressen, UnusedPortUrl());
        Write("personen", Personen, UnusedPortUrl());
    }

    public void Write(string name, string sdl, string url, bool apolloFederation = false)
    {
        Directory.CreateDirectory(System.IO.Path.Combine(Path, name));
        File.WriteAllText(System.IO.Path.Combine(Path, name, "schema.graphqls"), sdl);
        File.WriteAllText(System.IO.Path.Combine(Path, name, "schema-settings.json"),
            $$"""{ "url": "{{url}}", "capabilities": { "variableBatching": true, "requestBatching": false }{{(apolloFederation ? ", \"apolloFederation\": true" : "")}} }""");
    }

    public string PathOf(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    public async Task<(int ExitCode, string Output, string Error)> ComposeAsync(params string[] options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var exitCode = await ComposeTool.RunAsync(["compose", "--schema-dir", Path, .. options], new ComposeEnvironment(output, error, http, Path));
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A loopback address where nothing listens: a port that was free a moment ago.</summary>
    public static string UnusedPortUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/graphql";
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
