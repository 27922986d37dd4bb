using System.Text.Json;

namespace FederatedGraph.Gateway;

/// <summary>
/// One response from the two answers to an operation that has introspection next to registry fields: the
/// executor's (registries) and the host's (introspection), root fields in the operation's order. Data is null when
/// either side's is; both sides' errors and the executor's extensions (the plan) are kept. An executor answer
/// without data (a request error) is the response as it is: the operation did not run.
/// </summary>
internal static class CombinedAnswer
{
    public static void Write(Utf8JsonWriter writer, JsonElement registries, JsonElement host, IReadOnlyList<string> responseNames)
    {
        if (!registries.TryGetProperty("data", out var registryData))
        {
            registries.WriteTo(writer);
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("data");
        if (registryData.ValueKind == JsonValueKind.Object && host.TryGetProperty("data", out var hostData) && hostData.ValueKind == JsonValueKind.Object)
            WriteData(writer, registryData, hostData, responseNames);
        else
            writer.WriteNullValue();
        WriteErrors(writer, [.. ErrorsOf(registries), .. ErrorsOf(host)]);
        if (registries.TryGetProperty("extensions", out var extensions))
        {
            writer.WritePropertyName("extensions");
            extensions.WriteTo(writer);
        }
        writer.WriteEndObject();
    }

    private static void WriteData(Utf8JsonWriter writer, JsonElement registryData, JsonElement hostData, IReadOnlyList<string> responseNames)
    {
        writer.WriteStartObject();
        foreach (var name in responseNames)
        {
            // A field left out by @skip/@include is in neither answer.
            if (!registryData.TryGetProperty(name, out var value) && !hostData.TryGetProperty(name, out value)) continue;
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
        writer.WriteEndObject();
    }

    private static void WriteErrors(Utf8JsonWriter writer, List<JsonElement> errors)
    {
        if (errors.Count == 0) return;
        writer.WriteStartArray("errors");
        foreach (var error in errors) error.WriteTo(writer);
        writer.WriteEndArray();
    }

    private static IEnumerable<JsonElement> ErrorsOf(JsonElement answer)
        => answer.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array ? errors.EnumerateArray() : [];
}
