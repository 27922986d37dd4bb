using System.Text.Json;
using System.Text.Json.Serialization;

namespace FederatedGraph.Composition.SourceSchemas;

/// <summary>
/// How the gateway reaches a source schema, read from <c>schema/&lt;name&gt;/schema-settings.json</c>:
/// <code>{ "url": "http://127.0.0.1:5101/graphql", "capabilities": { "variableBatching": true, "requestBatching": true } }</code>
/// </summary>
public sealed record SourceSchemaSettings(string? Url, SourceSchemaCapabilities Capabilities)
{
    /// <summary>
    /// The source schema is an Apollo Federation subgraph (<c>"apolloFederation": true</c>): its SDL is a subgraph's own
    /// (<c>{ _service { sdl } }</c>), its entities are fetched through <c>_entities</c>.
    /// </summary>
    public bool ApolloFederation { get; init; }

    public static readonly SourceSchemaSettings Default = new(null, new SourceSchemaCapabilities(false, false));

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Reads a settings file; throws <see cref="JsonException"/> with the reason when it is malformed.</summary>
    public static SourceSchemaSettings Parse(string json)
        => JsonSerializer.Deserialize<SourceSchemaSettings>(json, Json) ?? throw new JsonException("The settings file is empty.");
}

/// <summary>The GraphQL-over-HTTP batching a source schema supports, so the gateway knows how to send many lookups at once.</summary>
public sealed record SourceSchemaCapabilities(bool VariableBatching, bool RequestBatching);
