namespace FederatedGraph.Composition.Tests.Rules.SourceSchemaRules;

public sealed class InternalOverrideCollisionCases : IRuleCases
{
    public string Code => "INTERNAL_OVERRIDE_COLLISION";

    public IEnumerable<ValidCase> Valid =>
    [
        new("an internal field and an overriding field apart", """
            type Query { pand(id: ID!): Pand @lookup @internal }
            type Pand @key(fields: "id") {
              id: ID!
              bouwjaar: Int @override(from: "bag")
            }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an internal field that overrides", "a", 4, 3, """
            type Query { pand(id: ID!): Pand @lookup }
            type Pand @key(fields: "id") {
              id: ID!
              bouwjaar: Int @internal @override(from: "bag")
            }
            """),
        new("an overriding field on an internal type", "a", 4, 3, """
            type Query { pand(id: ID!): Pand @lookup }
            type Pand @key(fields: "id") @internal {
              id: ID!
              bouwjaar: Int @override(from: "bag")
            }
            """),
    ];
}

public sealed class ExternalOverrideCollisionCases : IRuleCases
{
    public string Code => "EXTERNAL_OVERRIDE_COLLISION";

    public IEnumerable<ValidCase> Valid =>
    [
        new("an overriding field that is not external", """
            type Query { pand(id: ID!): Pand @lookup }
            type Pand @key(fields: "id") { id: ID! bouwjaar: Int @override(from: "bag") }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an external field that overrides", "a", 4, 3, """
            type Query { pand(id: ID!): Pand @lookup }
            type Pand @key(fields: "id") {
              id: ID!
              bouwjaar: Int @override(from: "bag") @external
            }
            """),
    ];
}

public sealed class ExternalProvidesCollisionCases : IRuleCases
{
    public string Code => "EXTERNAL_PROVIDES_COLLISION";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a providing field that is not external", """
            type Query { verblijfsobject(id: ID!): Verblijfsobject @lookup }
            type Verblijfsobject @key(fields: "id") { id: ID! pand: Pand @provides(fields: "bouwjaar") }
            type Pand @key(fields: "id") { id: ID! bouwjaar: Int @external }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an external field that provides", "a", 4, 3, """
            type Query { verblijfsobject(id: ID!): Verblijfsobject @lookup }
            type Verblijfsobject @key(fields: "id pand { id }") {
              id: ID!
              pand: Pand @external @provides(fields: "bouwjaar")
            }
            type Pand @key(fields: "id") { id: ID! bouwjaar: Int @external }
            """),
    ];
}

public sealed class ExternalRequireCollisionCases : IRuleCases
{
    public string Code => "EXTERNAL_REQUIRE_COLLISION";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a requiring field that is not external", """
            type Query { wozObject(id: ID!): WozObject @lookup }
            type WozObject @key(fields: "id") { id: ID! waardePerM2(oppervlakte: Int! @require(field: "oppervlakte")): Int }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an external field with a required argument", "a", 4, 15, """
            type Query { wozObject(id: ID!): WozObject @lookup }
            type WozObject @key(fields: "id waardePerM2") {
              id: ID!
              waardePerM2(oppervlakte: Int! @require(field: "oppervlakte")): Int @external
            }
            """),
    ];
}

public sealed class ExternalOnInterfaceCases : IRuleCases
{
    public string Code => "EXTERNAL_ON_INTERFACE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("an interface without external fields", """
            type Query { object(id: ID!): Adresseerbaar }
            interface Adresseerbaar { id: ID! }
            type Verblijfsobject implements Adresseerbaar { id: ID! }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an external interface field", "a", 3, 3, """
            type Query { object(id: ID!): Adresseerbaar }
            interface Adresseerbaar @key(fields: "id") {
              id: ID! @external
            }
            type Verblijfsobject implements Adresseerbaar { id: ID! }
            """),
    ];
}

public sealed class ExternalUnusedCases : IRuleCases
{
    public string Code => "EXTERNAL_UNUSED";

    public IEnumerable<ValidCase> Valid =>
    [
        new("an external field selected by @provides, one selected by a nested @key", """
            type Query { verblijfsobject(id: ID!): Verblijfsobject @lookup }
            type Verblijfsobject @key(fields: "id") { id: ID! pand: Pand @provides(fields: "bouwjaar") }
            type Pand @key(fields: "id") { id: ID! bouwjaar: Int @external }
            type Perceel @key(fields: "id gemeente { code }") { id: ID! gemeente: Gemeente! }
            type Gemeente { code: String! @external }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an external field nothing selects", "a", 4, 3, """
            type Query { pand(id: ID!): Pand @lookup }
            type Pand @key(fields: "id") {
              id: ID!
              bouwjaar: Int @external
            }
            """),
    ];
}

public sealed class OverrideFromSelfCases : IRuleCases
{
    public string Code => "OVERRIDE_FROM_SELF";

    public IEnumerable<ValidCase> Valid =>
    [
        new("an override from another schema", """
            type Query { pand(id: ID!): Pand @lookup }
            type Pand @key(fields: "id") { id: ID! bouwjaar: Int @override(from: "bag") }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an override from the schema itself", "a", 4, 17, """
            type Query { pand(id: ID!): Pand @lookup }
            type Pand @key(fields: "id") {
              id: ID!
              bouwjaar: Int @override(from: "a")
            }
            """),
    ];
}

public sealed class OverrideOnInterfaceCases : IRuleCases
{
    public string Code => "OVERRIDE_ON_INTERFACE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("an override on an object field", """
            type Query { object(id: ID!): Verblijfsobject }
            interface Adresseerbaar { id: ID! }
            type Verblijfsobject implements Adresseerbaar { id: ID! @override(from: "bag") }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an override on an interface field", "a", 3, 3, """
            type Query { object(id: ID!): Adresseerbaar }
            interface Adresseerbaar {
              id: ID! @override(from: "bag")
            }
            type Verblijfsobject implements Adresseerbaar { id: ID! }
            """),
    ];
}

public sealed class InvalidShareableUsageCases : IRuleCases
{
    public string Code => "INVALID_SHAREABLE_USAGE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("shareable object fields", """
            type Query { gemeente(code: String!): Gemeente @shareable }
            type Gemeente @shareable { code: String! naam: String }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a shareable interface field", "a", 3, 3, """
            type Query { object(id: ID!): Adresseerbaar }
            interface Adresseerbaar {
              id: ID! @shareable
            }
            type Verblijfsobject implements Adresseerbaar { id: ID! }
            """),
        new("a shareable subscription field", "a", 3, 3, """
            type Query { versie: String }
            type Subscription {
              verhuisd: String @shareable
            }
            """),
    ];
}
