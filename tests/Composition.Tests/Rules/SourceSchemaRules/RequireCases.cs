namespace FederatedGraph.Composition.Tests.Rules.SourceSchemaRules;

public sealed class RequireInvalidSyntaxCases : IRuleCases
{
    public string Code => "REQUIRE_INVALID_SYNTAX";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a required path and a required argument value", """
            type Query { wozObject(id: ID!): WozObject @lookup }
            type WozObject @key(fields: "id") {
              id: ID!
              waardePerM2(oppervlakte: Int! @require(field: "verblijfsobject.oppervlakte")): Int
              waardeIn(valuta: String @require(field: "koers(valuta: EUR)")): Int
            }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a required path ending in a dot", "a", 4, 33, """
            type Query { wozObject(id: ID!): WozObject @lookup }
            type WozObject @key(fields: "id") {
              id: ID!
              waardePerM2(oppervlakte: Int! @require(field: "verblijfsobject.")): Int
            }
            """),
    ];
}

public sealed class RequireInvalidFieldTypeCases : IRuleCases
{
    public string Code => "REQUIRE_INVALID_FIELD_TYPE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a required path as a string", """
            type Query { wozObject(id: ID!): WozObject @lookup }
            type WozObject @key(fields: "id") { id: ID! waardePerM2(oppervlakte: Int! @require(field: "oppervlakte")): Int }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a required path as a list", "a", 4, 33, """
            type Query { wozObject(id: ID!): WozObject @lookup }
            type WozObject @key(fields: "id") {
              id: ID!
              waardePerM2(oppervlakte: Int! @require(field: ["oppervlakte"])): Int
            }
            """),
    ];
}

public sealed class RequireInvalidUsageCases : IRuleCases
{
    public string Code => "REQUIRE_INVALID_USAGE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("@require on an argument of an ordinary field", """
            type Query { wozObject(id: ID!): WozObject @lookup }
            type WozObject @key(fields: "id") { id: ID! waardePerM2(oppervlakte: Int! @require(field: "oppervlakte")): Int }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("@require on a lookup argument", "a", 4, 23, """
            type Query {
              wozObject(
                id: ID!
                peildatum: String @require(field: "peildatum")
              ): WozObject @lookup
            }
            type WozObject @key(fields: "id") { id: ID! }
            """),
    ];
}

public sealed class RequireInconsistentOnImplementationCases : IRuleCases
{
    public string Code => "REQUIRE_INCONSISTENT_ON_IMPLEMENTATION";

    public IEnumerable<ValidCase> Valid =>
    [
        new("@require on the interface and its implementation", """
            type Query { object(id: ID!): Object }
            interface Object { id: ID! waarde(oppervlakte: Int @require(field: "oppervlakte")): Int }
            type WozObject implements Object @key(fields: "id") { id: ID! waarde(oppervlakte: Int @require(field: "verblijfsobject.oppervlakte")): Int }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("@require only on the implementation", "a", 5, 10, """
            type Query { object(id: ID!): Object }
            interface Object { id: ID! waarde(oppervlakte: Int): Int }
            type WozObject implements Object @key(fields: "id") {
              id: ID!
              waarde(oppervlakte: Int @require(field: "oppervlakte")): Int
            }
            """),
        new("@require only on the interface", "a", 5, 10, """
            type Query { object(id: ID!): Object }
            interface Object { id: ID! waarde(oppervlakte: Int @require(field: "oppervlakte")): Int }
            type WozObject implements Object @key(fields: "id") {
              id: ID!
              waarde(oppervlakte: Int): Int
            }
            """),
    ];
}
