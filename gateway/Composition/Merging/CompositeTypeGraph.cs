using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Merging;

/// <summary>
/// The output types as they will be after merging, known before merging: each name's kind, which interfaces
/// each type implements (every schema's declarations together, closed transitively) and the object types a
/// field of that type can return at runtime.
/// </summary>
internal sealed class CompositeTypeGraph
{
    private readonly Dictionary<string, TypeKind> kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> unionMembers = new(StringComparer.Ordinal);
    private readonly HashSet<(string Type, string Interface)> implementations = [];

    public CompositeTypeGraph(IReadOnlyList<SchemaModel> schemas)
    {
        var types = schemas.SelectMany(schema => schema.Types).ToArray();
        // The first definition decides the kind; a stand-in only counts where no schema defines the type itself.
        foreach (var type in types.Where(t => !t.IsInterfaceObject())) kinds.TryAdd(type.Name, type.Kind);
        foreach (var type in types.Where(t => t.IsInterfaceObject())) kinds.TryAdd(type.Name, TypeKind.Interface);
        foreach (var union in types.OfType<UnionTypeDefinition>()) Members(union.Name).UnionWith(union.Members);

        foreach (var schema in schemas)
        {
            // Internal types take no part in merging, so their implements clauses do not count.
            foreach (var type in schema.ComplexTypes.Where(t => !t.IsInternal()))
                foreach (var implemented in type.Interfaces)
                    implementations.Add((type.Name, implemented));
        }
        CloseImplementations();
    }

    public bool IsObject(string name) => kinds.TryGetValue(name, out var kind) && kind == TypeKind.Object;

    /// <summary>Object, interface and union types; built-in scalars are not in any schema's types and are leaves.</summary>
    public bool IsComposite(string name)
        => kinds.TryGetValue(name, out var kind) && kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>The object types a value of the type can be at runtime.</summary>
    public IReadOnlySet<string> PossibleTypes(string name)
    {
        kinds.TryGetValue(name, out var kind);
        IEnumerable<string> possible = kind switch
        {
            TypeKind.Object => [name],
            TypeKind.Union => Members(name).Where(IsObject),
            TypeKind.Interface => Implementors(name).Where(IsObject),
            _ => [],
        };
        return possible.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The object and interface types that implement the interface, directly or through another interface.</summary>
    public IEnumerable<string> Implementors(string interfaceName)
        => implementations.Where(i => i.Interface == interfaceName).Select(i => i.Type);

    /// <summary>
    /// Whether a field declared to return <paramref name="candidate"/> can stand for one that returns
    /// <paramref name="type"/>: the same type, or an interface or union covering all of its runtime object types.
    /// </summary>
    public bool IsOutputSupertype(string candidate, string type)
    {
        if (candidate == type) return true;
        if (!IsComposite(candidate) || !IsComposite(type) || IsObject(candidate)) return false;
        return PossibleTypes(type).IsSubsetOf(PossibleTypes(candidate));
    }

    /// <summary>
    /// Whether the merge can pick one return type for fields of these types (the spec's LeastRestrictiveType
    /// does not fail): nullability may differ, list nesting may not, and one of the named types must be a
    /// supertype of all the others.
    /// </summary>
    public bool HaveLeastRestrictiveType(IReadOnlyList<TypeReference> types)
    {
        var unwrapped = types.Select(t => t.Nullable()).ToArray();
        var lists = unwrapped.OfType<ListTypeReference>().ToArray();
        if (lists.Length > 0)
            return lists.Length == unwrapped.Length && HaveLeastRestrictiveType(lists.Select(l => l.OfType).ToArray());

        return LeastRestrictiveNamedType(unwrapped.Select(t => t.NamedType)) is not null;
    }

    /// <summary>
    /// The named type a merged output field returns (the spec's LeastRestrictiveNamedOutputType): of the given
    /// types that cover all the others, the one with the fewest runtime object types, then the first by name,
    /// so the choice does not depend on schema order. Null when none covers all the others.
    /// </summary>
    public string? LeastRestrictiveNamedType(IEnumerable<string> namedTypes)
    {
        var names = namedTypes.Distinct().ToArray();
        return names
            .Where(candidate => names.All(name => IsOutputSupertype(candidate, name)))
            .OrderBy(candidate => PossibleTypes(candidate).Count)
            .ThenBy(candidate => candidate, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private HashSet<string> Members(string union)
    {
        if (!unionMembers.TryGetValue(union, out var members)) unionMembers[union] = members = new(StringComparer.Ordinal);
        return members;
    }

    // A type implementing an interface also implements every interface that interface implements.
    private void CloseImplementations()
    {
        var pending = new Queue<(string Type, string Interface)>(implementations);
        while (pending.TryDequeue(out var edge))
        {
            foreach (var parent in implementations.Where(i => i.Type == edge.Interface).Select(i => i.Interface).ToArray())
            {
                if (implementations.Add((edge.Type, parent))) pending.Enqueue((edge.Type, parent));
            }
        }
    }
}
