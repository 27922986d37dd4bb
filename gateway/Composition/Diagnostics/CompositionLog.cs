using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Diagnostics;

/// <summary>Collects what the composition phases find; a phase with errors stops composition after it.</summary>
public sealed class CompositionLog
{
    private readonly List<CompositionError> entries = [];

    public IReadOnlyList<CompositionError> Entries => entries;

    public IEnumerable<CompositionError> Errors => entries.Where(e => e.Severity == CompositionSeverity.Error);

    public IEnumerable<CompositionError> Warnings => entries.Where(e => e.Severity == CompositionSeverity.Warning);

    public bool HasErrors => entries.Exists(e => e.Severity == CompositionSeverity.Error);

    public void Add(CompositionError entry) => entries.Add(entry);

    public void Error(string code, string? schema, SourceLocation location, string message)
        => entries.Add(new CompositionError(code, CompositionSeverity.Error, schema, location, message));

    public void Error(string code, SchemaModel schema, SchemaElement element, string message)
        => Error(code, schema.Name, element.Location, message);

    public void Warning(string code, SchemaModel schema, SchemaElement element, string message)
        => entries.Add(new CompositionError(code, CompositionSeverity.Warning, schema.Name, element.Location, message));
}
