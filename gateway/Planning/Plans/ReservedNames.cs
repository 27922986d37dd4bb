namespace FederatedGraph.Gateway.Planning.Plans;

/// <summary>The names the gateway reserves in subgraph documents for values it needs itself (keys, required fields, type names).</summary>
public static class ReservedNames
{
    /// <summary>Every reserved alias and variable starts with this; client aliases may not.</summary>
    public const string Prefix = "_fg_";

    /// <summary>The alias of <c>__typename</c> on objects in an abstract position.</summary>
    public const string TypeName = Prefix + "type";
}
