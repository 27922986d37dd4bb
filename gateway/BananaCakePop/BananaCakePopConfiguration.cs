using System.Text.Json;
using System.Text.Json.Serialization;

namespace FederatedGraph.BananaCakePop;

/// <summary>
/// The IDE's preset, which it fetches from <c>bcp-config.json</c> next to its page: the endpoint it sends
/// operations to, the title, telemetry off (a local tool reports nothing to ChilliCream), and what a new
/// document starts with. The names are those the package's <c>main.*.js</c> reads (version 18.0.0).
/// </summary>
internal sealed record BananaCakePopConfiguration(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("endpoint")] string Endpoint,
    [property: JsonPropertyName("graphQLDocument"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Document,
    [property: JsonPropertyName("httpHeaders"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Headers)
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

    public static BananaCakePopConfiguration For(BananaCakePopOptions options, string endpoint) =>
        new(options.Title, endpoint, options.Document, options.Headers.Count > 0 ? options.Headers : null);

    public string ToJson() => JsonSerializer.Serialize(this);
}
