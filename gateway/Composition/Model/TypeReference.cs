namespace FederatedGraph.Composition.Model;

/// <summary>A field's or argument's type as written: a named type wrapped in lists and non-nulls.</summary>
public abstract record TypeReference
{
    /// <summary>The innermost named type, e.g. <c>String</c> for <c>[String!]!</c>.</summary>
    public abstract string NamedType { get; }

    public bool IsNonNull => this is NonNullTypeReference;

    /// <summary>True when the type is a list, possibly wrapped in a non-null.</summary>
    public bool IsList => Nullable() is ListTypeReference;

    /// <summary>The type without its outer non-null.</summary>
    public TypeReference Nullable() => this is NonNullTypeReference nonNull ? nonNull.OfType : this;

    public static TypeReference Named(string name) => new NamedTypeReference(name);
}

public sealed record NamedTypeReference(string Name) : TypeReference
{
    public override string NamedType => Name;

    public override string ToString() => Name;
}

public sealed record ListTypeReference(TypeReference OfType) : TypeReference
{
    public override string NamedType => OfType.NamedType;

    public override string ToString() => $"[{OfType}]";
}

public sealed record NonNullTypeReference(TypeReference OfType) : TypeReference
{
    public override string NamedType => OfType.NamedType;

    public override string ToString() => $"{OfType}!";
}
