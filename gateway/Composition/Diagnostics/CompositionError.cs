using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Diagnostics;

public enum CompositionSeverity
{
    Error,
    Warning,
}

/// <summary>
/// One finding of composition: the spec's code, the source schema and place it concerns, and a sentence
/// that says what to change. <see cref="Related"/> lists the other places a cross-schema finding involves.
/// </summary>
public sealed record CompositionError(
    string Code,
    CompositionSeverity Severity,
    string? Schema,
    SourceLocation Location,
    string Message)
{
    public IReadOnlyList<(string Schema, SourceLocation Location)> Related { get; init; } = [];

    /// <summary>E.g. <c>error KEY_INVALID_FIELDS brp 12:3: ...</c></summary>
    public override string ToString()
    {
        var severity = Severity == CompositionSeverity.Error ? "error" : "warning";
        var where = Schema is null ? "" : Location == SourceLocation.Unknown ? $" {Schema}" : $" {Schema} {Location}";
        return $"{severity} {Code}{where}: {Message}";
    }
}
