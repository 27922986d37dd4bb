using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FederatedGraph.Telemetry;

/// <summary>
/// OpenTelemetry for one process of the federation. Tracing is always on, whether or not anything exports: every request
/// has an <see cref="System.Diagnostics.Activity"/> with W3C ids that continues the caller's trace, which the processing
/// log reads. Nothing is sampled away: a trace records who asked what, so all of it is kept or none.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>The standard OTLP settings, read as configuration: environment variables, or <c>--OTEL_EXPORTER_OTLP_ENDPOINT=...</c>.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string OtlpProtocolSetting = "OTEL_EXPORTER_OTLP_PROTOCOL";

    /// <summary>Where a host that serves Prometheus metrics serves them.</summary>
    public const string MetricsPath = "/metrics";

    /// <param name="serviceName">The resource's <c>service.name</c>: <c>gateway</c>, or the registry's name.</param>
    /// <param name="activitySources">The process's own <see cref="System.Diagnostics.ActivitySource"/> names.</param>
    /// <param name="meters">The process's own <see cref="System.Diagnostics.Metrics.Meter"/> names.</param>
    /// <param name="prometheus">Keep the metrics for a Prometheus scrape; the host maps the endpoint (<see cref="MetricsPath"/>).</param>
    public static TBuilder AddTelemetry<TBuilder>(this TBuilder builder, string serviceName, IEnumerable<string> activitySources,
        IEnumerable<string> meters, bool prometheus = false)
        where TBuilder : IHostApplicationBuilder
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                // Also when the caller's traceparent says "not sampled": the gateway and each registry record every request.
                .SetSampler(new AlwaysOnSampler())
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource([.. activitySources]))
            .WithMetrics(metrics =>
            {
                metrics
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter([.. meters]);
                if (prometheus) metrics.AddPrometheusExporter();
            });
        // UseOtlpExporter reads the endpoint and OTEL_EXPORTER_OTLP_PROTOCOL (grpc, http/protobuf) from the configuration
        // and sends traces, metrics and logs there.
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]))
            telemetry.WithLogging().UseOtlpExporter();
        return builder;
    }
}
