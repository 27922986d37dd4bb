using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FederatedGraph.Launcher;

/// <summary>What the user needs once everything is healthy: the URLs (the trace viewer's among them), the process ids and a first query to try.</summary>
public static partial class ReadyMessage
{
    /// <summary>The message's last line, which tests and scripts wait for.</summary>
    public const string ReadyLine = "FederatedGraph is ready. Press Ctrl+C to stop.";

    /// <summary>The processes a printed ready message lists: name, GraphQL URL and process id (for tests and benchmarks).</summary>
    public static IReadOnlyList<(string Name, string GraphQLUrl, int Pid)> ReadProcesses(IEnumerable<string> lines)
        => lines.Select(line => ProcessLine().Match(line)).Where(match => match.Success)
            .Select(match => (match.Groups["name"].Value, match.Groups["url"].Value, int.Parse(match.Groups["pid"].Value)))
            .ToList();

    /// <summary>The request headers a printed ready message gives the developer, token and purpose (for tests and benchmarks).</summary>
    public static IReadOnlyList<(string Name, string Value)> ReadHeaders(IEnumerable<string> lines)
        => lines.Select(line => HeaderLine().Match(line)).Where(match => match.Success)
            .Select(match => (match.Groups["name"].Value, match.Groups["value"].Value.Trim()))
            .ToList();

    /// <summary>The trace viewer's URL and process id when the ready message lists it (for tests).</summary>
    public static (string TracesUrl, int Pid)? ReadDashboard(IEnumerable<string> lines)
        => lines.Select(line => DashboardLine().Match(line)).FirstOrDefault(match => match.Success) is { } match
            ? (match.Groups["url"].Value, int.Parse(match.Groups["pid"].Value))
            : null;

    internal static void Print(LauncherConsole console, IReadOnlyList<ChildProcess> running, ProcessSpec? gateway, ChildProcess? dashboard,
        string dataDirectory, DevelopmentSecurity security)
    {
        var width = running.Append(dashboard).OfType<ChildProcess>().Max(child => child.Spec.Name.Length);
        var lines = new List<string> { "", "Running:" };
        foreach (var child in running.OrderBy(child => child.Spec.Port))
        {
            var note = child.Spec == gateway ? "   open it in a browser for Banana Cake Pop" : "";
            lines.Add($"  {child.Spec.Name.PadRight(width)}  {child.Spec.GraphQLUrl}  (pid {child.Id}){note}");
        }
        if (dashboard is not null)
            lines.Add($"  {dashboard.Spec.Name.PadRight(width)}  {Dashboard.TracesUrl(dashboard.Spec)}  (pid {dashboard.Id})   the trace viewer: " +
                      "traces, metrics and logs of every process (Aspire dashboard; development only: no login)");
        lines.Add($"Databases: {dataDirectory}");
        lines.Add(dashboard is not null ? $"Telemetry: every process sends OTLP to the dashboard ({dashboard.Spec.Environment["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"]})."
            : Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT") is { Length: > 0 } endpoint ? $"Telemetry: every process sends OTLP to {endpoint} (OTEL_EXPORTER_OTLP_ENDPOINT)."
            : "Telemetry: no trace viewer, and no OTEL_EXPORTER_OTLP_ENDPOINT to send traces to.");
        if (gateway is not null) lines.Add($"Metrics for Prometheus: {gateway.BaseUrl}/metrics");
        lines.AddRange(
        [
            "",
            $"Every request needs a token and a purpose. As {security.Client} under '{security.Activity.Name}' (development only), send:",
            .. security.Headers.Select(h => $"  {h.Name}: {h.Value}"),
            "In Banana Cake Pop these are already set; elsewhere add them (Banana Cake Pop: Connection Settings, HTTP Headers).",
        ]);
        if (gateway is null)
            lines.Add("The gateway is not running (see above), so ask each subgraph on its own URL.");
        else
            lines.AddRange(["", "A first federated query (for the default sample data):", "  " + Curl(gateway.GraphQLUrl, Whitespace().Replace(FirstQuery.Text, " "), security.Headers)]);
        lines.AddRange(["", ReadyLine]);
        console.Say(string.Join("\n", lines));
    }

    /// <summary>A curl command posting <paramref name="query"/>; the JSON keeps its double quotes as \" so it fits in single quotes.</summary>
    public static string Curl(string url, string query, IEnumerable<(string Name, string Value)> headers)
    {
        var body = JsonSerializer.Serialize(new { query }, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var extra = string.Concat(headers.Select(h => $" -H '{h.Name}: {h.Value}'"));
        return $"curl -s {url} -H 'Content-Type: application/json'{extra} -d '{body.Replace("'", "'\\''")}'";
    }

    // "  Authorization: Bearer eyJ...", as Print writes the headers.
    [GeneratedRegex(@"^\s+(?<name>Authorization|X-Processing-Activity): (?<value>\S.*)$")]
    private static partial Regex HeaderLine();

    // "  dashboard  http://127.0.0.1:5098/traces  (pid 1234)", as Print writes it.
    [GeneratedRegex(@"^\s+dashboard\s+(?<url>http://127\.0\.0\.1:\d+/traces)\s+\(pid (?<pid>\d+)\)")]
    private static partial Regex DashboardLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // "  brp      http://127.0.0.1:5101/graphql  (pid 1234)", as Print writes it.
    [GeneratedRegex(@"^\s+(?<name>\S+)\s+(?<url>http://127\.0\.0\.1:\d+/graphql)\s+\(pid (?<pid>\d+)\)")]
    private static partial Regex ProcessLine();
}
