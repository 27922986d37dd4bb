using System.Reflection;
using System.Runtime.InteropServices;

namespace FederatedGraph.Launcher;

/// <summary>
/// The trace viewer of a local run: the standalone Aspire dashboard, a self-contained program that the NuGet package
/// Aspire.Dashboard.Sdk.linux-x64 ships (restored with the launcher, which records where at build time). It receives
/// OTLP over HTTP on loopback and shows the traces, metrics and logs of every process. Development only: it asks no
/// login and takes telemetry from anyone on this machine.
/// </summary>
internal static class Dashboard
{
    public const string Name = "dashboard";
    /// <summary>The <c>--port</c> name of the dashboard's OTLP/HTTP endpoint.</summary>
    public const string OtlpName = "otlp";
    public const int DefaultPort = 5098;
    public const int DefaultOtlpPort = 5097;

    /// <summary>The dashboard's program in the NuGet package folder; null when the launcher was built without the package.</summary>
    public static string? Program { get; } = typeof(Dashboard).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(attribute => attribute.Key == "AspireDashboardPath")?.Value is { Length: > 0 } path ? path : null;

    /// <summary>Why the dashboard cannot run here, or null when it can be tried.</summary>
    public static string? Unavailable()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
            return $"the Aspire dashboard package the launcher uses is for linux-x64, and this is {RuntimeInformation.RuntimeIdentifier}";
        if (Program is null || !File.Exists(Program))
            return $"its program ({Program ?? "from the package Aspire.Dashboard.Sdk.linux-x64"}) is missing; building gateway/Launcher restores it";
        return null;
    }

    public static string TracesUrl(ProcessSpec dashboard) => $"{dashboard.BaseUrl}/traces";

    public static ProcessSpec Spec(string program, int port, int otlpPort) => new(Name, program, port, [])
    {
        Environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = OtlpUrl(otlpPort),
            // Development only: no login to the pages and no API key on OTLP. Both listen on loopback alone.
            ["ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS"] = "true",
            // One line per message, so each carries the [dashboard] prefix.
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
        },
    };

    /// <summary>What every other process gets, so that it sends its traces, metrics and logs to the dashboard.</summary>
    public static IReadOnlyDictionary<string, string> ExporterEnvironment(int otlpPort) => new Dictionary<string, string>
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = OtlpUrl(otlpPort),
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        // A request's spans show within a second, metrics every 5 s (the defaults are 5 s and 60 s).
        ["OTEL_BSP_SCHEDULE_DELAY"] = "1000",
        ["OTEL_METRIC_EXPORT_INTERVAL"] = "5000",
    };

    private static string OtlpUrl(int otlpPort) => $"http://127.0.0.1:{otlpPort}";
}
