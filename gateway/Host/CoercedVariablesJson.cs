using System.Buffers;
using System.Collections;
using System.Numerics;
using System.Text.Json;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace FederatedGraph.Gateway;

/// <summary>
/// Writes the variables GraphQL.NET coerced (defaults applied, single values wrapped in lists, enums by name)
/// back to JSON for the executor, guided by each variable's declared type.
/// </summary>
public static class CoercedVariablesJson
{
    public static JsonElement? Write(Variables? variables, ISchema schema)
    {
        // A variable the request left out and that has no default has no value at all (not null), so the
        // argument it stands for is left out too and the subgraph applies the argument's own default.
        var specified = variables?.Where(v => v.ValueSpecified).ToList() ?? [];
        if (specified.Count == 0) return null;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var variable in specified)
            {
                writer.WritePropertyName(variable.Name);
                WriteValue(writer, GraphType(variable.Definition.Type, schema), variable.Value);
            }
            writer.WriteEndObject();
        }
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>The schema's graph type for a type reference in the operation (validation found it exists).</summary>
    private static IGraphType GraphType(GraphQLType type, ISchema schema) => type switch
    {
        GraphQLNonNullType nonNull => new NonNullGraphType(GraphType(nonNull.Type, schema)),
        GraphQLListType list => new ListGraphType(GraphType(list.Type, schema)),
        GraphQLNamedType named => schema.AllTypes[named.Name.StringValue]
            ?? throw new InvalidOperationException($"Validated variable type {named.Name.StringValue} is not in the schema."),
        _ => throw new InvalidOperationException($"Unknown type reference {type.Kind}."),
    };

    private static void WriteValue(Utf8JsonWriter writer, IGraphType type, object? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }
        switch (type)
        {
            case NonNullGraphType nonNull:
                WriteValue(writer, nonNull.ResolvedType!, value);
                break;
            case ListGraphType list:
                writer.WriteStartArray();
                foreach (var item in (IEnumerable)value) WriteValue(writer, list.ResolvedType!, item);
                writer.WriteEndArray();
                break;
            case IInputObjectGraphType input when value is IDictionary<string, object?> fields:
                writer.WriteStartObject();
                foreach (var (name, fieldValue) in fields)
                {
                    writer.WritePropertyName(name);
                    WriteValue(writer, input.GetField(name)!.ResolvedType!, fieldValue);
                }
                writer.WriteEndObject();
                break;
            case ScalarGraphType scalar:
                WritePlain(writer, scalar.Serialize(value));
                break;
            default:
                throw new InvalidOperationException($"Cannot write a coerced {type.Name} value of type {value.GetType().Name}.");
        }
    }

    /// <summary>A serialized scalar: a JSON primitive, or for pass-through scalars whatever JSON the client sent.</summary>
    private static void WritePlain(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case BigInteger big:
                writer.WriteRawValue(big.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case IDictionary<string, object?> fields:
                writer.WriteStartObject();
                foreach (var (name, fieldValue) in fields)
                {
                    writer.WritePropertyName(name);
                    WritePlain(writer, fieldValue);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items) WritePlain(writer, item);
                writer.WriteEndArray();
                break;
            default:
                // Numbers of every CLR width.
                JsonSerializer.Serialize(writer, value, value.GetType());
                break;
        }
    }
}
