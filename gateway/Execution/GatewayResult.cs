using System.Text.Json;
using FederatedGraph.Gateway.Execution.Shaping;
using FederatedGraph.Gateway.Execution.Telemetry;

namespace FederatedGraph.Gateway.Execution;

/// <summary>
/// The response to a client operation: data (absent when the request failed before execution, null when a
/// non-null root field is null), errors and extensions. Dispose it after writing: the data still points into
/// the subgraphs' pooled JSON buffers.
/// </summary>
public sealed class GatewayResult : IGatewayResult
{
    private readonly bool _hasData;
    private readonly ShapedObject? _data;
    private readonly IDisposable? _buffers;

    internal GatewayResult(bool hasData, ShapedObject? data, IReadOnlyList<GatewayError> errors, string? plan, IDisposable? buffers)
    {
        _hasData = hasData;
        _data = data;
        Errors = errors;
        Plan = plan;
        _buffers = buffers;
    }

    /// <summary>A request the gateway refused or could not start: one error, no data.</summary>
    internal static GatewayResult RequestError(string code, string message, string? plan = null)
        => new(false, null, [new GatewayError(message, code)], plan, null);

    public IReadOnlyList<GatewayError> Errors { get; }

    /// <summary>Null data (a non-null root field lost) counts as no data.</summary>
    public RequestOutcome Outcome => !_hasData || _data is null ? RequestOutcome.Error
        : Errors.Count > 0 ? RequestOutcome.Partial
        : RequestOutcome.Success;

    /// <summary>The readable operation plan when the request asked for it (<c>extensions.plan</c>).</summary>
    public string? Plan { get; }

    /// <summary>Writes <c>{"data":...,"errors":[...],"extensions":{...}}</c>, leaving out what is absent.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (_hasData)
        {
            writer.WritePropertyName("data");
            if (_data is null) writer.WriteNullValue();
            else _data.WriteTo(writer);
        }
        if (Errors.Count > 0)
        {
            writer.WriteStartArray("errors");
            foreach (var error in Errors) error.WriteTo(writer);
            writer.WriteEndArray();
        }
        if (Plan is not null)
        {
            writer.WriteStartObject("extensions");
            writer.WriteString("plan", Plan);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    public void Dispose() => _buffers?.Dispose();
}
