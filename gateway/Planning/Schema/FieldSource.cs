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
    string? OwnType = null)
{
    /// <summary>The type the source schema itself gives the field, where it differs from the composite field's (nullability, an object of a union).</summary>
    public string? OwnType { get; } = OwnType;

    /// <summary>The named type the source schema itself returns, where it is narrower than the composite field's.</summary>
    public string? OwnTypeName { get; } = OwnType is null ? null : TypeReference.Parse(OwnType).NamedType;

    /// <summary>The source schema resolves the field wherever it meets it (an external field only where provided).</summary>
    public bool Resolves => !External && !Overridden;

    /// <summary>The field needs values of its parent first: <c>@require</c>d arguments or Apollo <c>@requires</c> fields.</summary>
    public bool NeedsParentValues => Requirements.Count > 0 || Requires is not null;
}

/// <summary>An argument the gateway fills in (<c>@require</c>) with a value of the parent object.</summary>
public sealed record Requirement(string Argument, string Type, FieldPath Map);
