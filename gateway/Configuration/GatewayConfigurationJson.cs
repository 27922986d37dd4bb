using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace FederatedGraph.Gateway.Configuration;

/// <summary>Writes and reads <see cref="GatewayConfiguration"/> as indented, camel-cased JSON.</summary>
public static class GatewayConfigurationJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutDefaults } },
    };

    public static string Write(GatewayConfiguration configuration)
        => JsonSerializer.Serialize(configuration, Options) + "\n";

    /// <summary>Reads a configuration; throws <see cref="JsonException"/> when it is malformed or of another format version.</summary>
    public static GatewayConfiguration Read(string json)
    {
        var configuration = JsonSerializer.Deserialize<GatewayConfiguration>(json, Options)
            ?? throw new JsonException("The gateway configuration is empty.");
        if (configuration.FormatVersion != GatewayConfiguration.CurrentFormatVersion)
            throw new JsonException($"The gateway configuration has format version {configuration.FormatVersion}; this gateway reads version {GatewayConfiguration.CurrentFormatVersion}. Compose it again with the matching composer.");
        return configuration;
    }

    /// <summary>
    /// Flags are written only when true and lists only when not empty, which keeps the file short; readers get
    /// false and empty lists back. Capabilities are always written: false there is information, not a default.
    /// </summary>
    private static void LeaveOutDefaults(JsonTypeInfo type)
    {
        if (type.Type == typeof(SourceSchemaCapabilitiesConfiguration)) return;
        foreach (var property in type.Properties)
        {
            if (property.PropertyType == typeof(bool))
                property.ShouldSerialize = (_, value) => value is true;
            else if (property.PropertyType == typeof(Authorization.ProcessingLogAccess))
                property.ShouldSerialize = (_, value) => value is not Authorization.ProcessingLogAccess.None;
            else if (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
                property.ShouldSerialize = (_, value) => value is IEnumerable items && items.GetEnumerator().MoveNext();
        }
    }
}
