using System.Text.Json;

namespace FederatedGraph.Gateway.Execution.Results;

/// <summary>
/// An object of the merged result: the subgraph's JSON object it started from, with the fields later fetches
/// merged in (and the objects walked into) kept as changes on top. Not thread-safe: the run merges under a lock.
/// </summary>
internal sealed class ResultObject(JsonElement source)
{
    private List<KeyValuePair<string, ResultValue>>? _changes;

    /// <summary>An entity fetch for this object failed; its error explains the fields that are missing.</summary>
    public bool FetchFailed { get; set; }

    public static ResultObject Empty() => new(default);

    public bool TryGet(string name, out ResultValue value)
    {
        if (_changes is not null)
        {
            foreach (var change in _changes)
            {
                if (change.Key != name) continue;
                value = change.Value;
                return true;
            }
        }
        if (source.ValueKind == JsonValueKind.Object && source.TryGetProperty(name, out var property))
        {
            value = new ResultValue(property);
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>Every field with its current value: the gateway's changes over the subgraph's JSON.</summary>
    public IEnumerable<KeyValuePair<string, ResultValue>> Fields()
    {
        if (source.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in source.EnumerateObject())
                if (_changes is null || !_changes.Exists(c => c.Key == property.Name))
                    yield return new(property.Name, new ResultValue(property.Value));
        }
        if (_changes is null) yield break;
        foreach (var change in _changes) yield return change;
    }

    /// <summary>The field made walkable: its objects become <see cref="ResultObject"/>s that stay in place.</summary>
    public ResultValue Materialize(string name)
    {
        if (!TryGet(name, out var value)) return default;
        if (value.Node is not null || value.Element.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)) return value;
        var materialized = value.Materialized();
        Set(name, materialized);
        return materialized;
    }

    /// <summary>Merges a subgraph's JSON object for the same entity: new fields are added, objects and lists merged field by field.</summary>
    public void Merge(JsonElement obj)
    {
        foreach (var property in obj.EnumerateObject())
        {
            var name = property.Name;
            if (TryGet(name, out var existing) && CanMerge(existing, property.Value))
                Set(name, MergeValues(existing, property.Value));
            else
                Set(name, new ResultValue(property.Value));
        }
    }

    private static bool CanMerge(ResultValue existing, JsonElement incoming)
        => (existing.IsObject && incoming.ValueKind == JsonValueKind.Object)
           || (existing.IsList && incoming.ValueKind == JsonValueKind.Array && existing.Count == incoming.GetArrayLength());

    private static ResultValue MergeValues(ResultValue existing, JsonElement incoming)
    {
        var target = existing.Materialized();
        if (target.Node is ResultObject obj)
        {
            obj.Merge(incoming);
            return target;
        }
        var list = (ResultValue[])target.Node!;
        var i = 0;
        foreach (var item in incoming.EnumerateArray())
        {
            list[i] = CanMerge(list[i], item) ? MergeValues(list[i], item) : new ResultValue(item);
            i++;
        }
        return target;
    }

    private void Set(string name, ResultValue value)
    {
        _changes ??= new List<KeyValuePair<string, ResultValue>>(4);
        for (var i = 0; i < _changes.Count; i++)
        {
            if (_changes[i].Key != name) continue;
            _changes[i] = new(name, value);
            return;
        }
        _changes.Add(new(name, value));
    }
}
