using System.Text.Json;

namespace FederatedGraph.Gateway.Execution.Shaping;

/// <summary>A response object as the client asked for it: its fields in selection order and their values.</summary>
internal sealed class ShapedObject(ResponseField[] fields, ShapedValue[] values)
{
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        for (var i = 0; i < fields.Length; i++)
        {
            writer.WritePropertyName(fields[i].ResponseName);
            values[i].WriteTo(writer);
        }
        writer.WriteEndObject();
    }
}

/// <summary>A response value: an object, a list, a type name, or a subgraph's leaf value as it came; default is null.</summary>
internal readonly struct ShapedValue
{
    private readonly object? _node;
    private readonly JsonElement _leaf;

    public ShapedValue(ShapedObject obj) => _node = obj;

    public ShapedValue(ShapedValue[] list) => _node = list;

    public ShapedValue(string typeName) => _node = typeName;

    public ShapedValue(JsonElement leaf) => _leaf = leaf;

    public void WriteTo(Utf8JsonWriter writer)
    {
        switch (_node)
        {
            case ShapedObject obj:
                obj.WriteTo(writer);
                break;
            case ShapedValue[] list:
                writer.WriteStartArray();
                foreach (var item in list) item.WriteTo(writer);
                writer.WriteEndArray();
                break;
            case string typeName:
                writer.WriteStringValue(typeName);
                break;
            default:
                if (_leaf.ValueKind == JsonValueKind.Undefined) writer.WriteNullValue();
                else _leaf.WriteTo(writer);
                break;
        }
    }
}
