using System.Text.Json;
using System.Text.Json.Serialization;

namespace FederatedGraph.BananaCakePop;

/// <summary>
/// The IDE's preset, which it fetches from <c>bcp-config.json</c> next to its page: the endpoint it sends
/// operations to, the title, and telemetry off (a local tool reports nothing to ChilliCream).
/// </summary>
internal sealed record BananaCakePopConfiguration(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("endpoint")] string Endpoint)
{
    /// <summary>The endpoint is a path on the page's own origin, so the IDE works behind any host name or proxy.</summary>
    [JsonPropertyName("useBrowserUrlAsEndpoint")]
    public bool UseBrowserUrlAsEndpoint => true;

    [JsonPropertyName("useGet")]
    public bool UseGet => false;

    [JsonPropertyName("includeCookies")]
    public bool IncludeCookies => false;

    [JsonPropertyName("disableTelemetry")]
    public bool DisableTelemetry => true;

    public string ToJson() => JsonSerializer.Serialize(this);
}
