namespace FederatedGraph.Gateway.Planning.Schema;

/// <summary>A field's output type as written in SDL (<c>[Persoon!]!</c>): a named type wrapped in lists and non-null.</summary>
public sealed record TypeReference(string NamedType, bool NonNull, TypeReference? ItemType)
{
    public bool IsList => ItemType is not null;

    /// <summary>Reads SDL notation, e.g. <c>String</c>, <c>Int!</c>, <c>[Persoon!]!</c>.</summary>
    public static TypeReference Parse(string sdl)
    {
        var text = sdl.Trim();
        var nonNull = text.EndsWith('!');
        if (nonNull) text = text[..^1];
        if (text.StartsWith('[') && text.EndsWith(']'))
        {
            var item = Parse(text[1..^1]);
            return new TypeReference(item.NamedType, nonNull, item);
        }
        if (text.Length == 0 || text.Contains('[') || text.Contains(']'))
            throw new FormatException($"'{sdl}' is not a GraphQL type.");
        return new TypeReference(text, nonNull, null);
    }

    public override string ToString()
        => (ItemType is null ? NamedType : $"[{ItemType}]") + (NonNull ? "!" : "");
}
