using System.Text;
using System.Text.Json;
using FederatedGraph.Checkout;
using FederatedGraph.Launcher;
using FederatedGraph.Launcher.Testing;
using FederatedGraph.Registries.Testing;
using Microsoft.Playwright;

namespace FederatedGraph.BrowserTests;

/// <summary>The one-command run's trace viewer, in Chromium: a federated query's trace, with the spans of all six processes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TraceViewerTests(ChromiumFixture chromium)
{
    private static readonly string[] Services = ["bag", "brk", "brp", "gateway", "hr", "woz"];

    [Fact]
    public async Task The_launchers_dashboard_shows_a_federated_query_as_one_trace_with_spans_of_all_six_processes()
    {
        await using var run = LauncherRun.Start();
        await run.WaitUntilReadyAsync();
        var (tracesUrl, _) = Assert.NotNull(run.Dashboard);
        var dashboard = new Uri(tracesUrl).GetLeftPart(UriPartial.Authority);
        var headers = ReadyMessage.ReadHeaders(run.Output.Split('\n'));
        var gateway = run.Children.Single(child => child.Name == "gateway");

        // The README's first example: HR, then BRP, BAG, WOZ and BRK. The gateway returns its span, which names the trace.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(HttpMethod.Post, gateway.GraphQLUrl)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = ReadmeExamples.Read()[0] }), Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"the gateway answered {(int)response.StatusCode}");
        var traceId = response.Headers.GetValues("traceparent").Single().Split('-')[1];

        // Each process exports its spans within a second or so; the dashboard's API says when all six are in.
        var services = await ServicesInTraceAsync(http, dashboard, traceId);
        Assert.Equal(Services, services);

        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{dashboard}/traces/detail/{traceId}");
        await Assertions.Expect(page.GetByText("fetch woz").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        foreach (var service in Services)
            await Assertions.Expect(page.GetByText(service, new() { Exact = true }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("POST /graphql").First).ToBeVisibleAsync();

        var path = Path.Combine(RepositoryRoot.Find(), "artifacts", "screenshots", "dashboard-federated-trace.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
    }

    private static async Task<string[]> ServicesInTraceAsync(HttpClient http, string dashboard, string traceId)
    {
        var services = Array.Empty<string>();
        for (var attempt = 0; attempt < 60 && services.Length < Services.Length; attempt++)
        {
            await Task.Delay(500);
            using var trace = JsonDocument.Parse(await http.GetStringAsync($"{dashboard}/api/telemetry/traces/{traceId}"));
            services = [.. trace.RootElement.GetProperty("data").GetProperty("resourceSpans").EnumerateArray()
                .SelectMany(resource => resource.GetProperty("resource").GetProperty("attributes").EnumerateArray())
                .Where(attribute => attribute.GetProperty("key").GetString() == "service.name")
                .Select(attribute => attribute.GetProperty("value").GetProperty("stringValue").GetString()!)
                .Distinct().Order()];
        }
        return services;
    }
}
