using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Merging;

/// <summary>How the spec combines the types of one field or argument written differently in several source schemas.</summary>
public static class TypeMerging
{
    /// <summary>
    /// For output fields: nullable wherever any source is, so no source's null breaks the composite type.
    /// <c>String!</c> + <c>String</c> gives <c>String</c>; <c>[Int]!</c> + <c>[Int!]</c> gives <c>[Int]</c>.
    /// </summary>
    /// <paramref name="namedType"/> picks the named type when they differ (a union and one of its members).
    public static TypeReference LeastRestrictive(TypeReference a, TypeReference b, Func<IEnumerable<string>, string?> namedType)
        => Combine(a, b, bothNonNull: true, namedType);

    /// <summary>
    /// For arguments and input fields: non-null wherever any source requires it, so every source gets a value it accepts.
    /// <c>String!</c> + <c>String</c> gives <c>String!</c>.
    /// </summary>
    public static TypeReference MostRestrictive(TypeReference a, TypeReference b) => Combine(a, b, bothNonNull: false, namedType: null);

    private static TypeReference Combine(TypeReference a, TypeReference b, bool bothNonNull, Func<IEnumerable<string>, string?>? namedType)
    {
        var nonNull = bothNonNull ? a.IsNonNull && b.IsNonNull : a.IsNonNull || b.IsNonNull;
        TypeReference inner = (a.Nullable(), b.Nullable()) switch
        {
            (ListTypeReference listA, ListTypeReference listB) => new ListTypeReference(Combine(listA.OfType, listB.OfType, bothNonNull, namedType)),
            // Pre-merge validation guarantees equal shapes; a mismatch here is a bug, not bad input.
            (NamedTypeReference namedA, NamedTypeReference namedB) when namedA.Name == namedB.Name => namedA,
            (NamedTypeReference namedA, NamedTypeReference namedB) when namedType?.Invoke([namedA.Name, namedB.Name]) is { } chosen => new NamedTypeReference(chosen),
            _ => throw new InvalidOperationException($"Cannot merge the types {a} and {b}; pre-merge validation should have rejected them."),
        };
        return nonNull ? new NonNullTypeReference(inner) : inner;
    }
}
