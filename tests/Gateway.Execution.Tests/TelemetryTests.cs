using System.Diagnostics;
using FederatedGraph.FederationTesting;
using FederatedGraph.Gateway.Execution.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FederatedGraph.Gateway.Execution.Tests;

/// <summary>The instruments are process-wide: these tests run alone, so that what they count is theirs.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}

/// <summary>The executor's spans (one per subgraph request) and instruments, collected with the in-memory exporter.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests(FiveRegistries registries) : IClassFixture<FiveRegistries>
{
    /// <summary>Ten persons (BRP, a root fetch) with their addresses (BAG) and businesses (HR): two entity fetches of the persons.</summary>
    private const string TenPersons = """
        { personen(first: 10, order: [{ burgerservicenummer: ASC }]) { nodes {
            burgerservicenummer verblijfplaats { nummeraanduiding { identificatie verblijfsobject { oppervlakte } } } ondernemingen { kvkNummer }
        } } }
        """;

    /// <summary>Stands for the host's request span, which the fetches run under.</summary>
    private static readonly ActivitySource Caller = new("FederatedGraph.Gateway.Execution.Tests");

    [Fact]
    public async Task Each_subgraph_request_is_a_fetch_span_under_the_request_with_its_subgraph_step_items_and_outcome()
    {
        var spans = new List<Activity>();
        using var tracing = Tracing(spans);
        using var gateway = new Gateway(Gateway.CommittedConfiguration, registries.Urls);

        var (trace, parent) = await RunAsync(() => gateway.ExecuteAsync(TenPersons));
        tracing.ForceFlush();

        var fetches = spans.Where(s => s.Source.Name == GatewayTelemetry.ActivitySourceName && s.TraceId == trace).ToList();
        Assert.Equal(["bag", "brp", "hr"], fetches.Select(f => Tag(f, GatewayTelemetry.SubgraphTag)).Order());
        Assert.All(fetches, fetch =>
        {
            Assert.Equal(parent, fetch.ParentSpanId);
            Assert.Equal("fetch " + Tag(fetch, GatewayTelemetry.SubgraphTag), fetch.DisplayName);
            Assert.Equal("success", Tag(fetch, GatewayTelemetry.OutcomeTag));
            Assert.Equal(ActivityStatusCode.Unset, fetch.Status);
        });
        // The plan's steps: the persons first, then the two lookups of their addresses and businesses.
        Assert.Equal(3, fetches.Select(f => f.GetTagItem(GatewayTelemetry.PlanStepTag)).Distinct().Count());
        var brp = fetches.Single(f => Tag(f, GatewayTelemetry.SubgraphTag) == "brp");
        Assert.Equal(("root", 1, 1), (Tag(brp, GatewayTelemetry.FetchKindTag), (int?)brp.GetTagItem(GatewayTelemetry.PlanStepTag), (int?)brp.GetTagItem(GatewayTelemetry.ItemsTag)));
        var hr = fetches.Single(f => Tag(f, GatewayTelemetry.SubgraphTag) == "hr");
        // One lookup per person: ten items in one batched request.
        Assert.Equal(("entity", 10), (Tag(hr, GatewayTelemetry.FetchKindTag), (int?)hr.GetTagItem(GatewayTelemetry.ItemsTag)));
        Assert.True(brp.EndTimeUtc() <= hr.StartTimeUtc, "the lookup of the businesses starts after the persons are fetched");
    }

    [Fact]
    public async Task A_subgraph_gets_one_traceparent_the_gateways_http_call_under_its_fetch_span()
    {
        await using var hr = await FakeSubgraph.AnsweringAsync("""{"data":{"maatschappelijkeActiviteiten":{"nodes":[]}}}""");
        var spans = new List<Activity>();
        using var tracing = Tracing(spans, http: true);
        using var gateway = new Gateway(Gateway.CommittedConfiguration, new Dictionary<string, string>(registries.Urls) { ["hr"] = hr.Url });

        var (trace, parent) = await RunAsync(() => gateway.ExecuteAsync("{ maatschappelijkeActiviteiten(first: 1) { nodes { naam } } }"));
        tracing.ForceFlush();

        var (headers, _) = Assert.Single(hr.Received);
        var traceparent = Assert.Single(headers["traceparent"].ToArray())!.Split('-');
        Assert.Equal(trace.ToHexString(), traceparent[1]);
        var call = spans.Single(s => s.Kind == ActivityKind.Client && s.SpanId.ToHexString() == traceparent[2]);
        var fetch = spans.Single(s => s.SpanId == call.ParentSpanId);
        Assert.Equal(GatewayTelemetry.ActivitySourceName, fetch.Source.Name);
        Assert.Equal("hr", Tag(fetch, GatewayTelemetry.SubgraphTag));
        Assert.Equal(parent, fetch.ParentSpanId);
    }

    [Fact]
    public async Task A_failed_fetch_is_an_error_span_and_a_fetch_error_of_its_subgraph_with_the_clients_code()
    {
        var spans = new List<Activity>();
        var metrics = new List<MetricSnapshot>();
        using var tracing = Tracing(spans);
        using var meters = Metrics(metrics);
        using var gateway = new Gateway(Gateway.CommittedConfiguration,
            new Dictionary<string, string>(registries.Urls) { ["hr"] = FailureTests.ClosedPortUrl() });

        var (trace, _) = await RunAsync(() => gateway.ExecuteAsync(TenPersons));
        tracing.ForceFlush();
        meters.ForceFlush();

        var hr = spans.Single(s => s.TraceId == trace && Tag(s, GatewayTelemetry.SubgraphTag) == "hr");
        Assert.Equal(ActivityStatusCode.Error, hr.Status);
        Assert.Equal(("failed", GatewayErrorCodes.SubgraphUnavailable), (Tag(hr, GatewayTelemetry.OutcomeTag), Tag(hr, GatewayTelemetry.ErrorTypeTag)));
        var errors = Points(metrics, GatewayTelemetry.FetchErrorsName);
        var error = Assert.Single(errors);
        Assert.Equal(1, error.GetSumLong());
        Assert.Equal(("hr", GatewayErrorCodes.SubgraphUnavailable), (Tag(error, GatewayTelemetry.SubgraphTag), Tag(error, GatewayTelemetry.ErrorTypeTag)));
        var durations = Points(metrics, GatewayTelemetry.FetchDurationName);
        Assert.Equal(["bag:success", "brp:success", "hr:failed"],
            durations.Select(p => $"{Tag(p, GatewayTelemetry.SubgraphTag)}:{Tag(p, GatewayTelemetry.OutcomeTag)}").Order());
        Assert.All(durations, point => Assert.Equal(1, point.GetHistogramCount()));
    }

    [Fact]
    public async Task Fetch_durations_are_seconds_per_subgraph_with_the_semantic_conventions_buckets()
    {
        var metrics = new List<MetricSnapshot>();
        using var meters = Metrics(metrics);
        using var gateway = new Gateway(Gateway.CommittedConfiguration, registries.Urls);

        await gateway.ExecuteAsync(TenPersons);
        await gateway.ExecuteAsync(TenPersons);
        meters.ForceFlush();

        var metric = metrics.Last(m => m.Name == GatewayTelemetry.FetchDurationName);
        Assert.Equal("s", metric.Unit);
        var points = metric.MetricPoints.ToList();
        Assert.Equal(["bag", "brp", "hr"], points.Select(p => Tag(p, GatewayTelemetry.SubgraphTag)).Order());
        foreach (var point in points)
        {
            Assert.Equal(2, point.GetHistogramCount());
            Assert.InRange(point.GetHistogramSum(), 0, 10);
            var buckets = new List<double>();
            foreach (var bucket in point.GetHistogramBuckets()) buckets.Add(bucket.ExplicitBound);
            Assert.Equal([0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, double.PositiveInfinity], buckets);
        }
        Assert.DoesNotContain(metrics, m => m.Name == GatewayTelemetry.FetchErrorsName && m.MetricPoints.Any(p => p.GetSumLong() > 0));
    }

    private static TracerProvider Tracing(List<Activity> spans, bool http = false)
    {
        var builder = Sdk.CreateTracerProviderBuilder().AddSource(Caller.Name, GatewayTelemetry.ActivitySourceName).AddInMemoryExporter(spans);
        if (http) builder.AddHttpClientInstrumentation();
        return builder.Build()!;
    }

    private static MeterProvider Metrics(List<MetricSnapshot> metrics)
        => Sdk.CreateMeterProviderBuilder().AddMeter(GatewayTelemetry.MeterName).AddInMemoryExporter(metrics).Build()!;

    private static async Task<(ActivityTraceId Trace, ActivitySpanId Parent)> RunAsync(Func<Task> execute)
    {
        using var request = Caller.StartActivity("request")!;
        await execute();
        return (request.TraceId, request.SpanId);
    }

    private static List<MetricPoint> Points(List<MetricSnapshot> metrics, string name)
        => metrics.LastOrDefault(m => m.Name == name)?.MetricPoints.ToList() ?? [];

    private static string? Tag(Activity span, string name) => span.GetTagItem(name)?.ToString();

    private static string? Tag(MetricPoint point, string name)
    {
        foreach (var tag in point.Tags)
            if (tag.Key == name) return tag.Value?.ToString();
        return null;
    }
}

internal static class SpanTimes
{
    public static DateTime EndTimeUtc(this Activity span) => span.StartTimeUtc + span.Duration;
}
