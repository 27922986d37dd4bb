namespace FederatedGraph.Gateway.Planning.Schema;

/// <summary>How one source schema has a field of the composite schema.</summary>
public sealed record FieldSource(
    string Schema,
    bool External,
    bool Overridden,
    ProvidedFields? Provides,
    IReadOnlyList<Requirement> Requirements)
{
    /// <summary>The source schema resolves the field wherever it meets it (an external field only where provided).</summary>
    public bool Resolves => !External && !Overridden;
}

/// <summary>An argument the gateway fills in (<c>@require</c>) with a value of the parent object.</summary>
public sealed record Requirement(string Argument, string Type, FieldPath Map);
