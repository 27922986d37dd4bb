namespace FederatedGraph.Gateway.Planning.Schema;

/// <summary>A field of the composite schema and the source schemas that declare it.</summary>
public sealed class CompositeField(string name, TypeReference type, IReadOnlyList<FieldSource> sources)
{
    public string Name { get; } = name;

    public TypeReference Type { get; } = type;

    public IReadOnlyList<FieldSource> Sources { get; } = sources;

    public FieldSource? SourceIn(string schema)
    {
        foreach (var source in Sources)
            if (source.Schema == schema) return source;
        return null;
    }
}
