using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FederatedGraph.Security.Testing;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FederatedGraph.Registries.Testing;

/// <summary>
/// A registry subgraph as it really runs: its own database (migrated and seeded), Kestrel on a
/// loopback port, and an HttpClient talking GraphQL over HTTP to it.
/// </summary>
public sealed class RegistryServer : IAsyncDisposable
{
    /// <summary>The sample scale the tests seed: small enough to be quick, large enough for every relation.</summary>
    public const string TestScale = "2000";

    private readonly WebApplication _app;
    private readonly TestDatabase _database;

    private RegistryServer(WebApplication app, TestDatabase database, SqlCommandLog sql)
    {
        _app = app;
        _database = database;
        Sql = sql;
        Client = TestIssuer.AuthoriseAsDeveloper(new HttpClient { BaseAddress = new Uri(app.Urls.First()) });
    }

    /// <summary>Sends the development client's token and the development activity with every request.</summary>
    public HttpClient Client { get; }

    public Uri GraphQLUrl => new(Client.BaseAddress!, "/graphql");

    /// <summary>How long migrating and seeding took when the server started.</summary>
    public TimeSpan SeedTime { get; private init; }
    public SqlCommandLog Sql { get; }

    /// <summary>How many requests reached the registry's <c>/graphql</c>, refused or not: to prove a refusal elsewhere cost it nothing.</summary>
    public int GraphQLRequests => _app.Services.GetServices<IStartupFilter>().OfType<GraphQLRequestCounter>().Single().Count;
    public DatabaseProvider Provider => _database.Provider;
    public IServiceProvider Services => _app.Services;

    /// <param name="configureServices">Runs after the registry's own services, so it can replace one (benchmarks do).</param>
    public static async Task<RegistryServer> StartAsync<TSchema, TContext>(RegistrySubgraph<TSchema, TContext> registry, DatabaseProvider provider,
        string scale = TestScale, Action<IServiceCollection>? configureServices = null)
        where TSchema : SubgraphSchema
        where TContext : DbContext
    {
        var database = TestDatabase.Create(provider);
        var sql = new SqlCommandLog();
        var app = SubgraphHost.Build(registry,
        [
            "--urls", "http://127.0.0.1:0",
            $"--Database:Provider={provider}",
            $"--Database:ConnectionString={database.ConnectionString}",
            $"--Seed:Scale={scale}",
            "--Logging:LogLevel:Default=Warning",
            .. TestIssuer.ProcessSettings(registry.Name),
            .. TestIssuer.IdeSettings("Ide"),
        ], services =>
        {
            services.AddSingleton<IInterceptor>(sql).AddSingleton<IStartupFilter>(new GraphQLRequestCounter());
            configureServices?.Invoke(services);
        });
        var seeding = System.Diagnostics.Stopwatch.StartNew();
        await SubgraphHost.PrepareDatabaseAsync(registry, app, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("test"), seed: true, force: false);
        var seedTime = seeding.Elapsed;
        await app.StartAsync();
        sql.Clear();
        return new RegistryServer(app, database, sql) { SeedTime = seedTime };
    }

    /// <summary>POSTs one GraphQL request and returns the status and body.</summary>
    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        using var response = await Client.SendAsync(request);
        return new GraphQLResponse((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// POSTs a variable batch, one execution per key as <paramref name="variable"/>, and returns its lines with
    /// the number of SQL commands it ran: for checks that a batch costs one query per loader and level.
    /// </summary>
    public async Task<(IReadOnlyList<JsonElement> Lines, int SqlCommands)> PostBatchAsync(string query, string variable, IEnumerable<string> keys)
    {
        Sql.Clear();
        var variables = keys.Select(key => new Dictionary<string, string> { [variable] = key }).ToArray();
        var lines = (await PostAsync(query, variables, accept: "application/jsonl")).Lines;
        return (lines, Sql.Commands.Count);
    }

    /// <summary>POSTs a raw body, for malformed-request tests.</summary>
    public async Task<GraphQLResponse> PostRawAsync(string body)
    {
        using var response = await Client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        return new GraphQLResponse((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}

/// <summary>An HTTP answer to a GraphQL request, with helpers to read it.</summary>
public sealed record GraphQLResponse(int Status, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public JsonElement Data => Json.GetProperty("data");

    public string? FirstErrorCode => Json.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
        ? errors[0].GetProperty("extensions").GetProperty("code").GetString()
        : null;

    /// <summary>The lines of a JSON Lines (variable batch) answer, ordered by variableIndex.</summary>
    public IReadOnlyList<JsonElement> Lines => Body.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => JsonDocument.Parse(line).RootElement)
        .OrderBy(line => line.GetProperty("variableIndex").GetInt32())
        .ToList();

    /// <summary>The body re-indented, so snapshots read well in review.</summary>
    public string Pretty => JsonSerializer.Serialize(Json, new JsonSerializerOptions { WriteIndented = true });
}
