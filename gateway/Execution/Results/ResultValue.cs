using System.Text.Json;

namespace FederatedGraph.Gateway.Execution.Results;

/// <summary>
/// A value in the merged result: a <see cref="ResultObject"/> or a list (<see cref="ResultValue"/>[]) once
/// the gateway has had to change or walk into it, else the subgraph's JSON as it came (no copy, no boxing).
/// A default value is a missing one.
/// </summary>
internal readonly struct ResultValue
{
    public ResultValue(JsonElement element) => Element = element;

    public ResultValue(ResultObject obj) => Node = obj;

    public ResultValue(ResultValue[] list) => Node = list;

    /// <summary>A <see cref="ResultObject"/> or a <see cref="ResultValue"/>[]; null when the value is <see cref="Element"/>.</summary>
    public object? Node { get; }

    public JsonElement Element { get; }

    public bool IsNull => Node is null && Element.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null;

    public bool IsObject => Node is ResultObject || (Node is null && Element.ValueKind == JsonValueKind.Object);

    public bool IsList => Node is ResultValue[] || (Node is null && Element.ValueKind == JsonValueKind.Array);

    /// <summary>A field of an object value, from the gateway's changes first and the subgraph's JSON else.</summary>
    public bool TryGetField(string name, out ResultValue value)
    {
        if (Node is ResultObject obj) return obj.TryGet(name, out value);
        if (Node is null && Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out var property))
        {
            value = new ResultValue(property);
            return true;
        }
        value = default;
        return false;
    }

    public int Count => Node is ResultValue[] list ? list.Length : Element.GetArrayLength();

    /// <summary>The items of a list value.</summary>
    public IEnumerable<ResultValue> Items()
    {
        if (Node is ResultValue[] list)
        {
            foreach (var item in list) yield return item;
            yield break;
        }
        foreach (var item in Element.EnumerateArray()) yield return new ResultValue(item);
    }

    /// <summary>The value with every object in it a <see cref="ResultObject"/>, so it can be merged into and walked by reference.</summary>
    public ResultValue Materialized() => Node is not null ? this : Element.ValueKind switch
    {
        JsonValueKind.Object => new ResultValue(new ResultObject(Element)),
        JsonValueKind.Array => new ResultValue(Element.EnumerateArray().Select(item => new ResultValue(item).Materialized()).ToArray()),
        _ => this,
    };
}
