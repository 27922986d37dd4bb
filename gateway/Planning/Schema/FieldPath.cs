namespace FederatedGraph.Gateway.Planning.Schema;

/// <summary>
/// A field selection map that names a value of the entity by a path of fields, e.g. <c>identificatie</c> or
/// <c>adres.postcode</c>. The richer forms of the spec (lists, alternatives, type conditions) are refused when
/// the model is built, so a configuration that needs them fails at start-up and not per request.
/// </summary>
public sealed record FieldPath(IReadOnlyList<string> Fields)
{
    public static FieldPath Parse(string map)
    {
        var text = map.Trim();
        if (text.Length == 0 || text.IndexOfAny(['{', '}', '[', ']', '<', '>', '|', ':', ' ']) >= 0)
            throw new NotSupportedException($"The field selection map '{map}' is not supported: only field paths such as 'a.b' are.");
        return new FieldPath(text.Split('.'));
    }

    public override string ToString() => string.Join('.', Fields);
}
