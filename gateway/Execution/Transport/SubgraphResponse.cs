using System.Buffers;
using System.Text.Json;

namespace FederatedGraph.Gateway.Execution.Transport;

/// <summary>
/// A subgraph's answer read into one <see cref="JsonDocument"/>: a single result, or the JSON lines of a batch
/// gathered into one array, each result placed at its <c>variableIndex</c>/<c>requestIndex</c>.
/// </summary>
internal sealed class SubgraphResponse : IDisposable
{
    private readonly JsonDocument _document;

    private SubgraphResponse(JsonDocument document, JsonElement[] results)
    {
        _document = document;
        Results = results;
    }

    /// <summary>One result object (<c>data</c>, <c>errors</c>) per execution, in the order they were sent.</summary>
    public JsonElement[] Results { get; }

    public static SubgraphResponse Single(byte[] body, int length)
    {
        var document = Parse(body.AsMemory(0, length));
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw BadShape("the response is not a JSON object");
        }
        return new SubgraphResponse(document, [document.RootElement]);
    }

    /// <summary>Reads JSON lines (or a JSON array) of <paramref name="count"/> results indexed by <paramref name="indexProperty"/>.</summary>
    public static SubgraphResponse Batch(byte[] body, int length, int count, string indexProperty)
        => Read(body, length, count, $"a batch line has no valid {indexProperty}",
            line => line.TryGetProperty(indexProperty, out var index) && index.TryGetInt32(out var i) ? i : -1);

    /// <summary>
    /// Reads the answer to a request batch of variable batches (request <c>r</c> with <c>counts[r]</c> variable
    /// sets): every line has a <c>requestIndex</c> and a <c>variableIndex</c>; the results come request by request.
    /// </summary>
    public static SubgraphResponse RequestBatchOfVariableBatches(byte[] body, int length, IReadOnlyList<int> counts)
    {
        var offsets = new int[counts.Count];
        for (var r = 1; r < counts.Count; r++) offsets[r] = offsets[r - 1] + counts[r - 1];
        return Read(body, length, counts.Sum(), "a batch line has no valid requestIndex and variableIndex", line =>
            line.TryGetProperty("requestIndex", out var request) && request.TryGetInt32(out var r) && r >= 0 && r < counts.Count
            && line.TryGetProperty("variableIndex", out var variable) && variable.TryGetInt32(out var v) && v >= 0 && v < counts[r]
                ? offsets[r] + v
                : -1);
    }

    /// <summary>Places each line at the position <paramref name="position"/> gives it (-1: none); every position once.</summary>
    private static SubgraphResponse Read(byte[] body, int length, int count, string invalidLine, Func<JsonElement, int> position)
    {
        var document = Parse(AsArray(body.AsSpan(0, length)));
        try
        {
            var results = new JsonElement[count];
            foreach (var line in document.RootElement.EnumerateArray())
            {
                var i = line.ValueKind == JsonValueKind.Object ? position(line) : -1;
                if (i < 0 || i >= count || results[i].ValueKind != JsonValueKind.Undefined) throw BadShape(invalidLine);
                results[i] = line;
            }
            if (results.Any(r => r.ValueKind == JsonValueKind.Undefined)) throw BadShape($"the batch answered fewer than {count} results");
            return new SubgraphResponse(document, results);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    public void Dispose() => _document.Dispose();

    private static JsonDocument Parse(ReadOnlyMemory<byte> json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new SubgraphFailure(GatewayErrorCodes.SubgraphBadResponse, $"The subgraph answered malformed JSON: {exception.Message}");
        }
    }

    /// <summary>JSON lines become one JSON array, so a batch is one document and not one per line.</summary>
    private static ReadOnlyMemory<byte> AsArray(ReadOnlySpan<byte> body)
    {
        var trimmed = body.Trim(" \t\r\n"u8);
        if (trimmed.Length > 0 && trimmed[0] == (byte)'[') return trimmed.ToArray();
        var reader = new Utf8JsonReader(trimmed, new JsonReaderOptions { AllowMultipleValues = true });
        var array = new ArrayBufferWriter<byte>(trimmed.Length + 2);
        array.Write("["u8);
        try
        {
            var first = true;
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                if (!first) array.Write(","u8);
                array.Write(trimmed[start..(int)reader.BytesConsumed]);
                first = false;
            }
        }
        catch (JsonException exception)
        {
            throw new SubgraphFailure(GatewayErrorCodes.SubgraphBadResponse, $"The subgraph answered malformed JSON lines: {exception.Message}");
        }
        array.Write("]"u8);
        return array.WrittenMemory;
    }

    public static SubgraphFailure BadShape(string what)
        => new(GatewayErrorCodes.SubgraphBadResponse, $"The subgraph's answer has the wrong shape: {what}.");
}
