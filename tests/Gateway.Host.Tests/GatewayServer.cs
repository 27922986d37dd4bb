using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FederatedGraph.Gateway.Execution;
using FederatedGraph.Security.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Gateway.Host.Tests;

/// <summary>The real gateway host on a free loopback port, with the repository's public schema and
/// configuration and a <see cref="StubExecutor"/> in place of the executor.</summary>
public sealed class GatewayServer : IAsyncDisposable
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    private readonly WebApplication _app;

    private GatewayServer(WebApplication app, StubExecutor executor)
    {
        _app = app;
        Executor = executor;
        // Sends the trace context a test gives and nothing else, like a client in another process: in this one the gateway's
        // tracing would make the client's HTTP call a span of its own and put that in traceparent.
        Client = TestIssuer.AuthoriseAsDeveloper(new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null })
        {
            BaseAddress = new Uri(app.Urls.First()),
        });
    }

    public HttpClient Client { get; }

    public StubExecutor Executor { get; }

    /// <summary>Starts a gateway; <paramref name="settings"/> are command-line settings such as <c>--Gateway:Limits:MaxDepth=3</c>.</summary>
    public static async Task<GatewayServer> StartAsync(params string[] settings)
    {
        var executor = new StubExecutor();
        var app = GatewayHost.Build(["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. TestIssuer.ProcessSettings("gateway"), .. settings],
            services => services.AddSingleton<IGatewayExecutor>(executor));
        await app.StartAsync();
        return new GatewayServer(app, executor);
    }

    public Task<HttpResponseMessage> PostAsync(string json, string? accept = GraphQLResponseJson, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return Client.SendAsync(request);
    }

    /// <summary>POSTs one request object built from a query and optional variables/operationName/extensions.</summary>
    public Task<HttpResponseMessage> QueryAsync(string query, object? variables = null, string? operationName = null,
        object? extensions = null, params (string Name, string Value)[] headers)
        => PostAsync(JsonSerializer.Serialize(new { query, variables, operationName, extensions }), GraphQLResponseJson, headers);

    public Task<HttpResponseMessage> GetAsync(string query, string? variablesJson = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query)
            + (variablesJson is null ? "" : "&variables=" + Uri.EscapeDataString(variablesJson)));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponseJson));
        return Client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
        => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static string FirstErrorCode(JsonElement body)
        => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
