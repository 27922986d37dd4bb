using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <summary>
/// What clients will see of the merged schema. The merge keeps <c>@inaccessible</c> members (marked) because the
/// gateway still needs them; it leaves out <c>@internal</c> ones. Visible means: kept, and not marked.
/// </summary>
internal static class MergedVisibility
{
    /// <summary>Whether the merged schema has the named type (built-in scalars always count).</summary>
    public static bool Exists(this SchemaModel merged, string typeName)
        => SchemaMerger.BuiltInTypes.Contains(typeName) || merged.Types.Contains(typeName);

    public static bool IsVisibleType(this SchemaModel merged, string typeName)
        => SchemaMerger.BuiltInTypes.Contains(typeName) || merged.Types[typeName] is { } type && !type.IsInaccessible();

    public static IEnumerable<T> Visible<T>(this IEnumerable<T> elements) where T : SchemaElement
        => elements.Where(e => !e.IsInaccessible());

    /// <summary>Object and interface types clients can see.</summary>
    public static IEnumerable<ComplexTypeDefinition> VisibleComplexTypes(this SchemaModel merged) => merged.ComplexTypes.Visible();

    /// <summary>The interfaces of <paramref name="type"/> that clients can see, with their definitions.</summary>
    public static IEnumerable<ComplexTypeDefinition> VisibleInterfaces(this SchemaModel merged, ComplexTypeDefinition type)
        => type.Interfaces
            .Select(name => merged.Types[name])
            .OfType<ComplexTypeDefinition>()
            .Where(i => i.Kind == TypeKind.Interface && !i.IsInaccessible());
}
