using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FederatedGraph.FederationTesting;
using FederatedGraph.Gateway.Execution.Telemetry;
using FederatedGraph.Registries.Testing;
using FederatedGraph.Security.Testing;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace FederatedGraph.Gateway.EndToEnd.Tests;

/// <summary>One federated query as traces and metrics: the gateway a hop in the client's trace, and every registry's request
/// a child of the gateway's call to it; the gateway's instruments at /metrics.</summary>
public sealed class TelemetryTests(Federation federation) : IClassFixture<Federation>
{
    private static readonly TimeSpan SpanWait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_query_of_all_five_registries_leaves_a_server_span_in_each_in_the_clients_trace_under_the_gateways_call_to_it()
    {
        var spans = new List<Activity>();
        using var tracing = Sdk.CreateTracerProviderBuilder()
            .AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddSource(GatewayTelemetry.ActivitySourceName)
            .AddInMemoryExporter(spans).Build()!;
        var clientTrace = ActivityTraceId.CreateRandom();
        var clientSpan = ActivitySpanId.CreateRandom();

        // The README's first example: HR, then BRP, BAG, WOZ and BRK.
        var (status, body, traceparent) = await PostAsync(ReadmeExamples.Read()[0], $"00-{clientTrace.ToHexString()}-{clientSpan.ToHexString()}-01");

        Assert.Equal(200, status);
        Assert.False(JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        var gatewayPort = federation.Client.BaseAddress!.Port;
        var gateway = await SpanAsync(spans, tracing, s => s.TraceId == clientTrace && s.Kind == ActivityKind.Server && Port(s) == gatewayPort);
        Assert.Equal(clientSpan, gateway.ParentSpanId);
        Assert.Equal(traceparent, gateway.Id);
        var trace = Snapshot(spans).Where(s => s.TraceId == clientTrace).ToList();
        foreach (var (registry, url) in federation.Registries.Urls)
        {
            var port = new Uri(url).Port;
            var served = trace.Where(s => s.Kind == ActivityKind.Server && Port(s) == port).ToList();
            Assert.True(served.Count > 0, $"{registry} has no server span in the client's trace");
            foreach (var span in served)
            {
                // The registry's parent is the gateway's HTTP call, under the fetch for this registry, under the gateway's request.
                var call = Assert.Single(trace, s => s.SpanId == span.ParentSpanId);
                Assert.Equal(ActivityKind.Client, call.Kind);
                var fetch = Assert.Single(trace, s => s.SpanId == call.ParentSpanId);
                Assert.Equal(GatewayTelemetry.ActivitySourceName, fetch.Source.Name);
                Assert.Equal(registry, fetch.GetTagItem(GatewayTelemetry.SubgraphTag));
                Assert.Equal(gateway.SpanId, fetch.ParentSpanId);
            }
        }
    }

    [Fact]
    public async Task Without_a_traceparent_the_registries_join_the_trace_the_gateway_starts_and_returns()
    {
        var spans = new List<Activity>();
        using var tracing = Sdk.CreateTracerProviderBuilder().AddAspNetCoreInstrumentation().AddInMemoryExporter(spans).Build()!;

        var (status, _, traceparent) = await PostAsync("{ personen(first: 1) { nodes { ondernemingen { kvkNummer } } } }", traceparent: null);

        Assert.Equal(200, status);
        var trace = ActivityTraceId.CreateFromString(traceparent.Split('-')[1]);
        var hrPort = new Uri(federation.Registries.Urls["hr"]).Port;
        var hr = await SpanAsync(spans, tracing, s => s.TraceId == trace && s.Kind == ActivityKind.Server && Port(s) == hrPort);
        Assert.NotEqual(default, hr.ParentSpanId);
    }

    [Fact]
    public async Task The_gateway_serves_its_request_and_fetch_instruments_at_metrics_as_Prometheus_text_without_personal_data()
    {
        var bsn = federation.Sample.Brp.Personen.First().Burgerservicenummer;
        var (status, _, _) = await PostAsync(
            $$"""query PersoonMetOndernemingen { persoon(burgerservicenummer: "{{bsn}}") { naam { volledigeNaam } ondernemingen { kvkNummer } } }""", null);
        Assert.Equal(200, status);

        // No token: like /health, nothing in it identifies anyone.
        using var anonymous = new HttpClient { BaseAddress = federation.Client.BaseAddress };
        using var response = await anonymous.GetAsync("/metrics");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Matches(Series("federatedgraph_gateway_request_duration_seconds_count",
            ("graphql_operation_name", "PersoonMetOndernemingen"), ("federatedgraph_outcome", "success")), text);
        Assert.Matches(Series("federatedgraph_gateway_fetch_duration_seconds_bucket",
            ("federatedgraph_subgraph", "brp"), ("federatedgraph_outcome", "success")), text);
        Assert.Matches(Series("federatedgraph_gateway_fetch_duration_seconds_count",
            ("federatedgraph_subgraph", "hr"), ("federatedgraph_outcome", "success")), text);
        Assert.DoesNotContain(bsn, text);
        Assert.DoesNotContain(TestIssuer.DeveloperHeaders.Single(h => h.Key == "Authorization").Value["Bearer ".Length..], text);
        Assert.DoesNotContain(SampleCallers.Organisation, text);
    }

    /// <summary>A client in another process: it sends exactly the <paramref name="traceparent"/> given (or none).</summary>
    private async Task<(int Status, string Body, string Traceparent)> PostAsync(string query, string? traceparent)
    {
        using var client = TestIssuer.AuthoriseAsDeveloper(new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null })
        {
            BaseAddress = federation.Client.BaseAddress,
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        if (traceparent is not null) request.Headers.Add("traceparent", traceparent);
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.GetValues("traceparent").Single());
    }

    /// <summary>A server span ends once its response is sent, which can be just after the client has read it.</summary>
    private static async Task<Activity> SpanAsync(List<Activity> spans, TracerProvider tracing, Func<Activity, bool> match)
    {
        for (var waited = TimeSpan.Zero; waited < SpanWait; waited += TimeSpan.FromMilliseconds(50))
        {
            tracing.ForceFlush();
            if (Snapshot(spans).FirstOrDefault(match) is { } span) return span;
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException($"No such span among {spans.Count}.");
    }

    /// <summary>The exporter adds spans as they end, on other threads: a copy (a slot being filled may still be empty).</summary>
    private static List<Activity> Snapshot(List<Activity> spans) => [.. spans.ToArray().Where(span => span is not null)];

    private static int? Port(Activity span) => span.GetTagItem("server.port") as int?;

    /// <summary>A Prometheus sample line of <paramref name="name"/> with these labels (in any order) and a count of at least 1.</summary>
    private static Regex Series(string name, params (string Label, string Value)[] labels)
        => new("(?m)^" + Regex.Escape(name) + "\\{" + string.Concat(labels.Select(l => $"(?=[^}}]*\\b{l.Label}=\"{Regex.Escape(l.Value)}\")")) + "[^}]*\\} [1-9]");
}
