namespace FederatedGraph.Gateway.Planning.Plans;

/// <summary>The names the gateway reserves in subgraph documents for values it needs itself (keys, required fields, type names).</summary>
public static class ReservedNames
{
    /// <summary>Every reserved alias and variable starts with this; client aliases may not.</summary>
    public const string Prefix = "_fg_";

    /// <summary>The alias of <c>__typename</c> on objects in an abstract position.</summary>
    public const string TypeName = Prefix + "type";

    /// <summary>
    /// The alias of a client field whose type in the source schema differs from a same-named field in another type
    /// fragment beside it (<c>ID</c> and <c>ID!</c>), which one document may not hold under one name. Hidden aliases
    /// are <c>_fg_</c> and a field name, or a number: no field name starts with the digit, and no number is followed
    /// by a letter, so no other alias can be the same.
    /// </summary>
    public static string Conflicting(string responseName) => Prefix + "0c_" + responseName;

    /// <summary>
    /// The alias of a field the gateway selects for an Apollo <c>@requires</c> with arguments: one per argument list
    /// (<c>price(currency: "USD")</c> and <c>price(currency: "EUR")</c> side by side), a digit and a hash of the
    /// arguments after the prefix, so that it is neither a hidden field name nor a numbered alias.
    /// </summary>
    public static string WithArguments(string field, string argumentText)
    {
        var hash = 2166136261u;
        foreach (var c in argumentText) hash = (hash ^ c) * 16777619u;
        return $"{Prefix}0{hash:x8}_{field}";
    }
}
