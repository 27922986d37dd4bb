using System.Buffers;
using System.Text.Json;

namespace FederatedGraph.Gateway.Execution.Fetching;

/// <summary>GraphQL-over-HTTP request bodies: one request, a variable batch, a request batch, or a request batch of variable batches.</summary>
internal static class RequestBodies
{
    /// <summary><c>{"query": ..., "variables": {...}}</c>; <paramref name="variables"/> writes the variables' properties.</summary>
    public static ReadOnlyMemory<byte> Single(string document, Action<Utf8JsonWriter> variables)
        => Write(writer => WriteRequest(writer, document, variables));

    /// <summary><c>{"query": ..., "variables": [{...}, ...]}</c>: one execution per variable set.</summary>
    public static ReadOnlyMemory<byte> VariableBatch(string document, int count, Action<Utf8JsonWriter, int> variables)
        => Write(writer => WriteVariableBatch(writer, document, count, variables));

    /// <summary><c>[{"query": ..., "variables": [{...}, ...]}, ...]</c>: several documents, each a variable batch.</summary>
    public static ReadOnlyMemory<byte> RequestBatchOfVariableBatches(IReadOnlyList<(string Document, int Count, Action<Utf8JsonWriter, int> Variables)> requests)
        => Write(writer =>
        {
            writer.WriteStartArray();
            foreach (var (document, count, variables) in requests) WriteVariableBatch(writer, document, count, variables);
            writer.WriteEndArray();
        });

    private static void WriteVariableBatch(Utf8JsonWriter writer, string document, int count, Action<Utf8JsonWriter, int> variables)
    {
        writer.WriteStartObject();
        writer.WriteString("query", document);
        writer.WriteStartArray("variables");
        for (var i = 0; i < count; i++)
        {
            writer.WriteStartObject();
            variables(writer, i);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary><c>[{"query": ..., "variables": {...}}, ...]</c>: one request per variable set.</summary>
    public static ReadOnlyMemory<byte> RequestBatch(string document, int count, Action<Utf8JsonWriter, int> variables)
        => Write(writer =>
        {
            writer.WriteStartArray();
            for (var i = 0; i < count; i++) WriteRequest(writer, document, w => variables(w, i));
            writer.WriteEndArray();
        });

    private static void WriteRequest(Utf8JsonWriter writer, string document, Action<Utf8JsonWriter> variables)
    {
        writer.WriteStartObject();
        writer.WriteString("query", document);
        writer.WriteStartObject("variables");
        variables(writer);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static ReadOnlyMemory<byte> Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer)) write(writer);
        return buffer.WrittenMemory;
    }
}
