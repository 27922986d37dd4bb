using FederatedGraph.Authorization;

namespace FederatedGraph.Gateway.Configuration;

/// <summary>
/// What the gateway needs to plan and execute requests over the source schemas: where they are, and for each
/// object, interface and union type which source schema resolves what, by which keys and lookups.
/// Written to <c>schema/gateway-configuration.json</c>; the format is described in <c>schema/README.md</c>.
/// Boolean flags are written only when true and lists only when not empty.
/// </summary>
public sealed record GatewayConfiguration
{
    /// <summary>Raised whenever a reader of an older version could misread the file.</summary>
    /// <remarks>2: <see cref="ProcessingActivities"/>; a reader of version 1 would serve without them.</remarks>
    public const int CurrentFormatVersion = 2;

    public required int FormatVersion { get; init; }

    public IReadOnlyList<SourceSchemaConfiguration> SourceSchemas { get; init; } = [];

    /// <summary>The object, interface and union types of the composite schema, by name.</summary>
    public IReadOnlyList<TypeConfiguration> Types { get; init; } = [];

    /// <summary>The registries' authorisations, composed: per processing activity the grant of each source schema, as plain coordinates.</summary>
    public IReadOnlyList<ProcessingActivity> ProcessingActivities { get; init; } = [];
}

/// <summary>A source schema (subgraph) and how to send it requests.</summary>
public sealed record SourceSchemaConfiguration
{
    public required string Name { get; init; }

    /// <summary>The GraphQL endpoint; null when the settings gave none (only in tests).</summary>
    public string? Url { get; init; }

    public required SourceSchemaCapabilitiesConfiguration Capabilities { get; init; }

    /// <summary>
    /// An Apollo Federation subgraph: it has no lookup fields, the gateway fetches its entities through
    /// <c>_entities(representations:)</c>. A reader that does not know the flag refuses the file (unknown members are an error).
    /// </summary>
    public bool ApolloFederation { get; init; }
}

/// <summary>Which GraphQL-over-HTTP batching the source schema accepts.</summary>
public sealed record SourceSchemaCapabilitiesConfiguration
{
    /// <summary>One request with a list of variable sets, answered with one result per set.</summary>
    public required bool VariableBatching { get; init; }

    /// <summary>One request with a list of operations.</summary>
    public required bool RequestBatching { get; init; }
}

public enum TypeConfigurationKind
{
    Object,
    Interface,
    Union,
}

public sealed record TypeConfiguration
{
    public required string Name { get; init; }

    public required TypeConfigurationKind Kind { get; init; }

    /// <summary>Hidden from clients, but the gateway may still pass it between source schemas.</summary>
    public bool Inaccessible { get; init; }

    /// <summary>The source schemas that define the type.</summary>
    public IReadOnlyList<string> SourceSchemas { get; init; } = [];

    public IReadOnlyList<KeyConfiguration> Keys { get; init; } = [];

    public IReadOnlyList<LookupConfiguration> Lookups { get; init; } = [];

    /// <summary>Unions and interfaces: the object types each source schema may return for it.</summary>
    public IReadOnlyList<PossibleTypesConfiguration> PossibleTypes { get; init; } = [];

    /// <summary>Objects and interfaces: the fields in composite-schema order.</summary>
    public IReadOnlyList<FieldConfiguration> Fields { get; init; } = [];
}

/// <summary>An <c>@key</c> of a source schema: the fields that identify an entity there.</summary>
public sealed record KeyConfiguration
{
    public required string Schema { get; init; }

    /// <summary>A field selection set, e.g. <c>identificatie</c>.</summary>
    public required string Fields { get; init; }
}

/// <summary>A field of a source schema that fetches the entity by key.</summary>
public sealed record LookupConfiguration
{
    public required string Schema { get; init; }

    public required string Field { get; init; }

    /// <summary>The fields that lead from the query type to the type holding the lookup; empty when on Query itself.</summary>
    public IReadOnlyList<string> Path { get; init; } = [];

    /// <summary>The key the lookup takes, as a field selection set of the entity.</summary>
    public required string Key { get; init; }

    public IReadOnlyList<LookupArgumentConfiguration> Arguments { get; init; } = [];

    /// <summary>Only for the gateway: not part of the public schema.</summary>
    public bool Internal { get; init; }

    /// <summary>
    /// Apollo Federation's <c>_entities(representations:)</c>: the lookup takes a representation, <c>__typename</c>
    /// and the <see cref="Key"/> fields (and the required fields of what it resolves), instead of arguments.
    /// </summary>
    public bool Entities { get; init; }

    /// <summary>
    /// Entities lookups: the type name the source schema knows the entity by, when it is not this type's name
    /// (an <c>@interfaceObject</c> knows the objects of an interface by the interface's name). Null otherwise.
    /// </summary>
    public string? TypeName { get; init; }
}

public sealed record LookupArgumentConfiguration
{
    public required string Name { get; init; }

    /// <summary>The argument's type in the source schema, in SDL notation.</summary>
    public required string Type { get; init; }

    /// <summary>The field selection map that gives the argument its value from the entity.</summary>
    public required string Map { get; init; }
}

public sealed record PossibleTypesConfiguration
{
    public required string Schema { get; init; }

    public IReadOnlyList<string> Types { get; init; } = [];
}

public sealed record FieldConfiguration
{
    public required string Name { get; init; }

    /// <summary>The field's type in the composite schema, in SDL notation.</summary>
    public required string Type { get; init; }

    public bool Inaccessible { get; init; }

    /// <summary>The arguments clients may pass (requirements are not among them).</summary>
    public IReadOnlyList<ArgumentConfiguration> Arguments { get; init; } = [];

    /// <summary>How each source schema that declares the field has it.</summary>
    public IReadOnlyList<FieldSourceConfiguration> Sources { get; init; } = [];
}

public sealed record ArgumentConfiguration
{
    public required string Name { get; init; }

    public required string Type { get; init; }

    /// <summary>The default value as a GraphQL literal, or null.</summary>
    public string? DefaultValue { get; init; }

    public bool Inaccessible { get; init; }
}

public sealed record FieldSourceConfiguration
{
    public required string Schema { get; init; }

    /// <summary>The field's type in this source schema.</summary>
    public required string Type { get; init; }

    /// <summary>The source schema only knows the field; it resolves it only where a <c>@provides</c> on the path names it.</summary>
    public bool External { get; init; }

    /// <summary>Another source schema took the field over with <c>@override</c>; do not ask this one.</summary>
    public bool Overridden { get; init; }

    public bool Shareable { get; init; }

    /// <summary>The fields of the returned object this source schema resolves along with this field (<c>@provides</c>).</summary>
    public string? Provides { get; init; }

    public IReadOnlyList<RequirementConfiguration> Requirements { get; init; } = [];

    /// <summary>
    /// Apollo Federation <c>@requires</c>: fields of the parent (a field selection set) the gateway fetches first and
    /// passes in the entity's representation. Null when none.
    /// </summary>
    public string? Requires { get; init; }
}

/// <summary>A <c>@require</c>d argument: the gateway fetches <see cref="Map"/> from the parent and passes it.</summary>
public sealed record RequirementConfiguration
{
    public required string Argument { get; init; }

    public required string Type { get; init; }

    public required string Map { get; init; }
}
