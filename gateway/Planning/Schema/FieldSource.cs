using GraphQLParser.AST;

namespace FederatedGraph.Gateway.Planning.Schema;

/// <summary>How one source schema has a field of the composite schema.</summary>
public sealed record FieldSource(
    string Schema,
    bool External,
    bool Overridden,
    ProvidedFields? Provides,
    IReadOnlyList<Requirement> Requirements,
    GraphQLSelectionSet? Requires = null,
    string? RequiresText = null,
    string? OwnTypeName = null)
{
    /// <summary>The named type the source schema itself returns, where it is narrower than the composite field's (an object of a union).</summary>
    public string? OwnTypeName { get; } = OwnTypeName;

    /// <summary>The source schema resolves the field wherever it meets it (an external field only where provided).</summary>
    public bool Resolves => !External && !Overridden;

    /// <summary>The field needs values of its parent first: <c>@require</c>d arguments or Apollo <c>@requires</c> fields.</summary>
    public bool NeedsParentValues => Requirements.Count > 0 || Requires is not null;
}

/// <summary>An argument the gateway fills in (<c>@require</c>) with a value of the parent object.</summary>
public sealed record Requirement(string Argument, string Type, FieldPath Map);
