using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Merging;

/// <summary>
/// The result of merging: the composite schema (with <c>@inaccessible</c> members still present and marked,
/// <c>@internal</c> members and <c>@require</c> arguments left out) and, beside it, where each part comes from:
/// which source schemas define each type and resolve each field, their keys, lookups, requirements and provides.
/// </summary>
public sealed class MergedSchema(SchemaModel schema, IReadOnlyList<SchemaModel> sourceSchemas)
{
    public SchemaModel Schema { get; } = schema;

    public IReadOnlyList<SchemaModel> SourceSchemas { get; } = sourceSchemas;

    /// <summary>Per type name, the source schemas that define the type (internal definitions excluded).</summary>
    public Dictionary<string, List<string>> TypeSources { get; } = new(StringComparer.Ordinal);

    /// <summary>Per field coordinate (<c>Type.field</c>), how each source schema declares the field.</summary>
    public Dictionary<string, List<FieldSource>> FieldSources { get; } = new(StringComparer.Ordinal);

    /// <summary>Per entity type name, the <c>@key</c>s each source schema declares.</summary>
    public Dictionary<string, List<EntityKey>> Keys { get; } = new(StringComparer.Ordinal);

    /// <summary>Per entity type name, the lookups that resolve it by key, internal ones included.</summary>
    public Dictionary<string, List<Lookup>> Lookups { get; } = new(StringComparer.Ordinal);

    /// <summary>Per abstract type name, which source schema knows which possible type (union members and implementations).</summary>
    public Dictionary<string, List<PossibleTypeSource>> PossibleTypeSources { get; } = new(StringComparer.Ordinal);

    /// <summary>The registries' authorisations per processing activity, as composition resolved them.</summary>
    public IReadOnlyList<FederatedGraph.Authorization.ProcessingActivity> ProcessingActivities { get; set; } = [];

    public static string Coordinate(string type, string field) => $"{type}.{field}";

    public IReadOnlyList<FieldSource> SourcesOf(string type, string field)
        => FieldSources.TryGetValue(Coordinate(type, field), out var sources) ? sources : [];

    public SchemaModel SourceSchema(string name) => SourceSchemas.First(s => s.Name == name);
}

/// <summary>
/// One source schema's declaration of a field. <see cref="IsExternal"/> fields are only resolvable where a
/// <c>@provides</c> on the path names them; <see cref="IsOverridden"/> ones lost the field to an <c>@override</c>.
/// </summary>
public sealed record FieldSource(
    string Schema,
    TypeReference Type,
    bool IsExternal,
    bool IsOverridden,
    bool IsShareable,
    string? Provides,
    IReadOnlyList<Requirement> Requirements)
{
    /// <summary>Whether the gateway may ask this source schema for the field wherever it reaches the parent.</summary>
    public bool Resolves => !IsExternal && !IsOverridden;

    /// <summary>Apollo Federation <c>@requires</c>: the parent's fields (a selection set) the gateway fetches first and passes in the representation.</summary>
    public string? Requires { get; init; }
}

/// <summary>A <c>@require</c>d argument: the gateway fetches <see cref="Map"/> from the parent and passes it as <see cref="Argument"/>.</summary>
public sealed record Requirement(string Argument, TypeReference Type, string Map);

public sealed record EntityKey(string Schema, string Fields);

/// <summary>
/// A lookup field of <see cref="Schema"/> that resolves an entity by key. <see cref="Path"/> leads from the
/// query root to the type the lookup is on (empty for a root lookup).
/// </summary>
public sealed record Lookup(
    string Schema,
    string Field,
    IReadOnlyList<string> Path,
    string EntityType,
    string Key,
    IReadOnlyList<LookupArgument> Arguments,
    bool IsInternal,
    SourceLocation Location)
{
    /// <summary>Apollo Federation's <c>_entities(representations:)</c>, taking the <see cref="Key"/> in a representation.</summary>
    public bool Entities { get; init; }

    /// <summary>Entities lookups: the type name the subgraph knows the entity by, when not its own (an <c>@interfaceObject</c>).</summary>
    public string? TypeName { get; init; }
}

/// <summary>A lookup argument and the field selection map (<c>@is</c>, or the argument's own name) it takes its value from.</summary>
public sealed record LookupArgument(string Name, TypeReference Type, string Map);

public sealed record PossibleTypeSource(string Schema, string Type);
