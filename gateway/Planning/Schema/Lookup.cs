namespace FederatedGraph.Gateway.Planning.Schema;

/// <summary>
/// A field of a source schema that fetches an entity by key (<c>@lookup</c>); public and <c>@internal</c> ones
/// serve the gateway alike.
/// <see cref="Path"/> leads from the query type to the type that holds the lookup field (empty on Query).
/// </summary>
public sealed record Lookup(
    string Schema,
    string Field,
    IReadOnlyList<string> Path,
    IReadOnlyList<LookupArgument> Arguments);

/// <summary>A lookup argument and the entity value that fills it.</summary>
public sealed record LookupArgument(string Name, string Type, FieldPath Map);
