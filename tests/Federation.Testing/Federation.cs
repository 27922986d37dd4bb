using System.Text;
using System.Text.Json;
using FederatedGraph.Gateway;
using FederatedGraph.Registries.Testing;
using FederatedGraph.Security.Testing;
using FederatedGraph.Subgraphs.SampleData;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using Microsoft.AspNetCore.Builder;
using Xunit;

namespace FederatedGraph.FederationTesting;

/// <summary>
/// The five registries on their own SQLite databases and ports, and the gateway host in front of them: the whole
/// federation in one test process, over real loopback HTTP.
/// </summary>
public class Federation : IAsyncLifetime
{
    private WebApplication _gateway = null!;
    private readonly List<TestDatabase> _gatewayLogs = [];

    public Federation() : this(DatabaseProvider.Sqlite)
    {
    }

    /// <param name="provider">The registries' databases, and the gateway's processing log.</param>
    protected Federation(DatabaseProvider provider)
    {
        Registries = new FiveRegistries { Provider = provider };
    }

    public FiveRegistries Registries { get; }

    /// <summary>The gateway every test client talks to.</summary>
    public IServiceProvider GatewayServices => _gateway.Services;

    public HttpClient Client { get; private set; } = null!;

    public Municipality Sample => Registries.Sample;

    public async Task InitializeAsync()
    {
        await Registries.InitializeAsync();

        _gateway = await StartGatewayAsync();
        Client = TestIssuer.AuthoriseAsDeveloper(new HttpClient { BaseAddress = new Uri(_gateway.Urls.First()) });
    }

    /// <summary>
    /// Starts a gateway host in front of the registries; <paramref name="settings"/> come last, so they can point a
    /// source schema elsewhere (<c>--Gateway:SourceSchemas:hr:Url=...</c>) or change a limit.
    /// </summary>
    public async Task<WebApplication> StartGatewayAsync(params string[] settings)
    {
        // Each gateway its own processing log, on the registries' kind of database.
        var log = TestDatabase.Create(Registries.Provider);
        _gatewayLogs.Add(log);
        var gateway = GatewayHost.Build(
        [
            $"--ProcessingLog:Provider={log.Provider}",
            $"--ProcessingLog:ConnectionString={log.ConnectionString}",
            "--urls=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            .. TestIssuer.ProcessSettings("gateway"),
            .. TestIssuer.IdeSettings("Gateway:Ide"),
            .. Registries.Urls.Select(r => $"--Gateway:SourceSchemas:{r.Key}:Url={r.Value}"),
            .. settings,
        ]);
        await gateway.StartAsync();
        return gateway;
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_gateway is not null) await _gateway.DisposeAsync();
        await Registries.DisposeAsync();
        foreach (var log in _gatewayLogs) await log.DisposeAsync();
    }

    /// <summary>POSTs an operation to the gateway; <paramref name="plan"/> asks for the operation plan in extensions.</summary>
    public Task<GraphQLResponse> QueryAsync(string query, object? variables = null, bool plan = false)
        => QueryAsync(Client, query, variables, plan);

    public static async Task<GraphQLResponse> QueryAsync(HttpClient client, string query, object? variables = null, bool plan = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (plan) request.Headers.Add("X-Query-Plan", "true");
        using var response = await client.SendAsync(request);
        return new GraphQLResponse((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}

/// <summary>The federation with every registry, and the gateway's log, on its own PostgreSQL database.</summary>
public sealed class PostgresFederation() : Federation(DatabaseProvider.PostgreSQL);
