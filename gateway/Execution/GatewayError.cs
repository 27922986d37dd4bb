using System.Text.Json;

namespace FederatedGraph.Gateway.Execution;

/// <summary>A GraphQL error of the response; every one has a code, and those from a subgraph name it.</summary>
public sealed class GatewayError
{
    internal GatewayError(string message, string code, IReadOnlyList<object>? path = null, string? subgraph = null, JsonElement subgraphExtensions = default)
    {
        Message = message;
        Code = code;
        Path = path;
        Subgraph = subgraph;
        SubgraphExtensions = subgraphExtensions;
    }

    public string Message { get; }

    /// <summary><c>extensions.code</c>.</summary>
    public string Code { get; }

    /// <summary>Response names and list indexes from the root of the response; null for errors of the whole request.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary><c>extensions.subgraph</c>: the source schema the error comes from, if any.</summary>
    public string? Subgraph { get; }

    /// <summary>The subgraph's own extensions, passed on (its code included).</summary>
    internal JsonElement SubgraphExtensions { get; }

    /// <summary>Whether this error is at <paramref name="path"/> or below it.</summary>
    internal bool IsAtOrBelow(IReadOnlyList<object> path)
    {
        if (Path is null || Path.Count < path.Count) return false;
        for (var i = 0; i < path.Count; i++)
            if (!Equals(Path[i], path[i])) return false;
        return true;
    }

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("message", Message);
        if (Path is not null)
        {
            writer.WriteStartArray("path");
            foreach (var segment in Path)
            {
                if (segment is int index) writer.WriteNumberValue(index);
                else writer.WriteStringValue((string)segment);
            }
            writer.WriteEndArray();
        }
        writer.WriteStartObject("extensions");
        writer.WriteString("code", Code);
        if (Subgraph is not null) writer.WriteString("subgraph", Subgraph);
        if (SubgraphExtensions.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in SubgraphExtensions.EnumerateObject())
            {
                if (property.Name is "code" or "subgraph") continue;
                property.WriteTo(writer);
            }
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
