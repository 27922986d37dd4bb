using GraphQLParser.AST;

namespace FederatedGraph.Composition.Model;

/// <summary>A field of an object or interface type.</summary>
public sealed class OutputFieldDefinition(string name, TypeReference type, SourceLocation location) : SchemaElement(name, location)
{
    public TypeReference Type { get; set; } = type;

    public OrderedFieldMap<InputValueDefinition> Arguments { get; } = new();
}

/// <summary>An argument, an input field or a directive argument.</summary>
public sealed class InputValueDefinition(string name, TypeReference type, SourceLocation location) : SchemaElement(name, location)
{
    public TypeReference Type { get; set; } = type;

    public GraphQLValue? DefaultValue { get; set; }
}

public sealed class EnumValueDefinition(string name, SourceLocation location) : SchemaElement(name, location);

/// <summary>A directive definition, e.g. <c>directive @key(fields: FieldSelectionSet!) repeatable on OBJECT</c>.</summary>
public sealed class DirectiveDefinition(string name, SourceLocation location) : SchemaElement(name, location)
{
    public OrderedFieldMap<InputValueDefinition> Arguments { get; } = new();

    public bool IsRepeatable { get; set; }

    public List<string> Locations { get; } = [];
}

/// <summary>Named members in declaration order, looked up by name.</summary>
public sealed class OrderedFieldMap<T> : IEnumerable<T> where T : SchemaElement
{
    private readonly List<T> items = [];
    private readonly Dictionary<string, T> byName = new(StringComparer.Ordinal);

    public int Count => items.Count;

    public T? this[string name] => byName.GetValueOrDefault(name);

    /// <summary>Adds the member; false when the name is taken (the first one stays).</summary>
    public bool Add(T item)
    {
        if (!byName.TryAdd(item.Name, item)) return false;
        items.Add(item);
        return true;
    }

    public bool Contains(string name) => byName.ContainsKey(name);

    /// <summary>Removes the member by name; false when there is none.</summary>
    public bool Remove(string name)
    {
        if (!byName.Remove(name, out var item)) return false;
        items.Remove(item);
        return true;
    }

    public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
