using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FederatedGraph.Gateway.Execution.Tests;

/// <summary>
/// A tiny HTTP subgraph on loopback that answers what a test tells it to (slow, garbage, crafted errors)
/// and records the requests it gets.
/// </summary>
public sealed class FakeSubgraph : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeSubgraph(WebApplication app) => _app = app;

    public string Url => _app.Urls.First() + "/graphql";

    /// <summary>The headers and JSON body of each request received.</summary>
    public ConcurrentQueue<(IHeaderDictionary Headers, JsonElement Body)> Received { get; } = new();

    /// <summary>Starts a subgraph that answers each request body with (status, content type, body) after an optional delay.</summary>
    public static async Task<FakeSubgraph> StartAsync(Func<JsonElement, (int Status, string ContentType, string Body)> answer, TimeSpan delay = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSubgraph(app);
        app.MapPost("/graphql", async (HttpContext http) =>
        {
            var body = (await JsonDocument.ParseAsync(http.Request.Body)).RootElement.Clone();
            fake.Received.Enqueue((new HeaderDictionary(http.Request.Headers.ToDictionary(h => h.Key, h => h.Value)), body));
            if (delay > TimeSpan.Zero) await Task.Delay(delay, http.RequestAborted);
            var (status, contentType, text) = answer(body);
            http.Response.StatusCode = status;
            http.Response.ContentType = contentType;
            await http.Response.WriteAsync(text);
        });
        await app.StartAsync();
        return fake;
    }

    /// <summary>A fake that answers every single request with <paramref name="json"/>.</summary>
    public static Task<FakeSubgraph> AnsweringAsync(string json, TimeSpan delay = default)
        => StartAsync(_ => (200, "application/graphql-response+json", json), delay);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
