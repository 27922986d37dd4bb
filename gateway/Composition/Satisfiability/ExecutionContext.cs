namespace FederatedGraph.Composition.Satisfiability;

/// <summary>
/// Where a value is available to the executor: inside <see cref="Schema"/>, as an object of <see cref="Type"/>.
/// The spec's execution context also separates the schema-local type from the value's identity; without
/// <c>@interfaceObject</c> stand-ins the two always carry the same name, so one type name suffices.
/// </summary>
internal readonly record struct ExecutionContext(string Schema, string Type)
{
    public override string ToString() => $"{Type} in {Schema}";
}

/// <summary>One output-path position: the value's concrete type and every context it is available in.</summary>
internal sealed record ValuePosition(string Type, IReadOnlyList<ExecutionContext> Contexts);

/// <summary>
/// The source schemas that may own a field being resolved: all of them, or all but the schema that declares
/// a <c>@require</c> (a requirement must come from elsewhere). Lookups that route there may use every schema.
/// </summary>
internal readonly record struct CandidateSchemas(string? Excluded)
{
    public static readonly CandidateSchemas All = new(null);

    public static CandidateSchemas AllExcept(string schema) => new(schema);

    public bool Allows(string schema) => schema != Excluded;
}
