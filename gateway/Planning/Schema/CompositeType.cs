namespace FederatedGraph.Gateway.Planning.Schema;

public enum CompositeTypeKind
{
    Object,
    Interface,
    Union,
}

/// <summary>An object, interface or union type of the composite schema.</summary>
public sealed class CompositeType(
    string name,
    CompositeTypeKind kind,
    IReadOnlyList<Lookup> lookups,
    IReadOnlyDictionary<string, IReadOnlyList<string>> possibleTypesBySchema,
    IReadOnlyList<CompositeField> fields,
    bool inaccessible = false)
{
    /// <summary>Not part of the public schema (<c>@inaccessible</c>): clients never see an object of this type.</summary>
    public bool Inaccessible { get; } = inaccessible;

    private readonly Dictionary<string, CompositeField> _fieldsByName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public string Name { get; } = name;

    public CompositeTypeKind Kind { get; } = kind;

    public bool IsAbstract => Kind != CompositeTypeKind.Object;

    /// <summary>Every lookup of every source schema for this type.</summary>
    public IReadOnlyList<Lookup> Lookups { get; } = lookups;

    /// <summary>Abstract types: the object types each source schema may return for it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PossibleTypesBySchema { get; } = possibleTypesBySchema;

    public CompositeField? Field(string name) => _fieldsByName.GetValueOrDefault(name);
}
