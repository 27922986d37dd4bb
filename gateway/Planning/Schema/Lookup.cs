using GraphQLParser.AST;

namespace FederatedGraph.Gateway.Planning.Schema;

/// <summary>
/// A field of a source schema that fetches an entity by key (<c>@lookup</c>); public and <c>@internal</c> ones
/// serve the gateway alike.
/// <see cref="Path"/> leads from the query type to the type that holds the lookup field (empty on Query).
/// <see cref="Entities"/>, when set, makes it Apollo Federation's <c>_entities(representations:)</c> instead.
/// </summary>
public sealed record Lookup(
    string Schema,
    string Field,
    IReadOnlyList<string> Path,
    IReadOnlyList<LookupArgument> Arguments,
    EntitiesKey? Entities = null);

/// <summary>A lookup argument and the entity value that fills it.</summary>
public sealed record LookupArgument(string Name, string Type, FieldPath Map);

/// <summary>
/// An Apollo Federation key that <c>_entities</c> resolves: the key's fields, which go into the representation,
/// and the type name the source schema knows the entity by (the interface's, for an <c>@interfaceObject</c>).
/// </summary>
public sealed record EntitiesKey(string TypeName, GraphQLSelectionSet Fields);
