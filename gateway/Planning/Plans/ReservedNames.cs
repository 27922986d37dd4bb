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
    /// are <c>_fg_</c> and a field name, or a digit and a hash (<see cref="WithArguments"/>): no field name starts with
    /// a digit, and a hash has eight hex digits before its <c>_</c>, so no other alias can be the same.
    /// </summary>
    public static string Conflicting(string responseName) => Prefix + "0c_" + responseName;

    /// <summary>
    /// The alias of a field with arguments that the gateway selects itself (a key or <c>@is</c> path with constant
    /// arguments, a field an Apollo <c>@requires</c> passes with arguments): one per argument list, so
    /// <c>price(currency: "USD")</c> and <c>price(currency: "EUR")</c> stand side by side, and known before the fetch
    /// that selects it is chosen. A digit and a hash of <paramref name="argumentText"/> follow the prefix, so it is
    /// never a hidden field name.
    /// </summary>
    public static string WithArguments(string field, string argumentText)
    {
        var hash = 2166136261u;
        foreach (var c in argumentText) hash = (hash ^ c) * 16777619u;
        return $"{Prefix}0{hash:x8}_{field}";
    }
}
