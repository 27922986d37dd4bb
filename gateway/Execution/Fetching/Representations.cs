using System.Buffers;
using System.Text.Json;
using FederatedGraph.Gateway.Execution.Results;
using FederatedGraph.Gateway.Planning.Plans;

namespace FederatedGraph.Gateway.Execution.Fetching;

/// <summary>
/// The entities of one <c>_entities</c> call as distinct representations (<c>__typename</c>, key fields and required
/// fields, written from the values the gateway selected under reserved aliases). The call may serve several fetches
/// of one plan level; entities with the same representation, from any of them, are asked for once. An entity without
/// a value for a key field is not asked for at all.
/// </summary>
internal sealed class Representations
{
    private readonly DistinctEntities<byte[]> _entities = new();
    private readonly List<(Fetch Fetch, IReadOnlySet<ResultObject> Targets)> _byFetch = [];

    public int Count => _entities.Count;

    public IReadOnlyList<ResultObject> Targets(int index) => _entities.Targets(index);

    /// <summary>Each fetch with the entities it asks for: where errors about them belong.</summary>
    public IReadOnlyList<(Fetch Fetch, IReadOnlySet<ResultObject> Targets)> ByFetch => _byFetch;

    public static Representations Collect(ResultObject root, IEnumerable<Fetch> fetches)
    {
        var collected = new Representations();
        foreach (var fetch in fetches)
        {
            var lookup = fetch.Lookup!;
            var targets = new HashSet<ResultObject>(ReferenceEqualityComparer.Instance);
            foreach (var target in ResultTargets.Collect(root, fetch.Target))
            {
                if (!lookup.KeyFields.All(field => target.TryGet(ReservedNames.Prefix + field, out var value) && !value.IsNull)) continue;
                var json = Write(target, lookup);
                collected._entities.Add(System.Text.Encoding.UTF8.GetString(json), json, target);
                targets.Add(target);
            }
            if (targets.Count > 0) collected._byFetch.Add((fetch, targets));
        }
        return collected;
    }

    /// <summary>Writes the representations as the value of a JSON array property.</summary>
    public void WriteArray(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var representation in _entities.Requests) writer.WriteRawValue(representation, skipInputValidation: true);
        writer.WriteEndArray();
    }

    private static byte[] Write(ResultObject target, EntityLookup lookup)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("__typename", lookup.TypeName);
            foreach (var field in lookup.KeyFields.Concat(lookup.RequiredFields))
            {
                if (!target.TryGet(lookup.ResultName(field), out var value)) continue;
                writer.WritePropertyName(field);
                WriteValue(writer, value);
            }
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A value as the subgraph knows it: the type name under its own name, the gateway's other hidden fields left out.</summary>
    private static void WriteValue(Utf8JsonWriter writer, ResultValue value)
    {
        switch (value.Node)
        {
            case ResultObject obj:
                WriteObject(writer, obj.Fields());
                break;
            case ResultValue[] list:
                writer.WriteStartArray();
                foreach (var item in list) WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            default:
                switch (value.Element.ValueKind)
                {
                    case JsonValueKind.Object:
                        WriteObject(writer, value.Element.EnumerateObject().Select(p => new KeyValuePair<string, ResultValue>(p.Name, new ResultValue(p.Value))));
                        break;
                    case JsonValueKind.Array:
                        WriteValue(writer, value.Materialized());
                        break;
                    case JsonValueKind.Undefined:
                        writer.WriteNullValue();
                        break;
                    default:
                        value.Element.WriteTo(writer);
                        break;
                }
                break;
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, ResultValue>> fields)
    {
        writer.WriteStartObject();
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            var property = name == ReservedNames.TypeName ? "__typename" : name;
            if (property.StartsWith(ReservedNames.Prefix, StringComparison.Ordinal) || !written.Add(property)) continue;
            writer.WritePropertyName(property);
            WriteValue(writer, value);
        }
        writer.WriteEndObject();
    }
}
