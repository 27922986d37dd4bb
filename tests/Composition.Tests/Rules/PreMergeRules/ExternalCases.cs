namespace FederatedGraph.Composition.Tests.Rules.PreMergeRules;

/// <summary>A registry that resolves Persoon.naam, and one that can return it along with its bewoners.</summary>
internal static class ExternalSchemas
{
    public const string Owner = """
        type Persoon @key(fields: "bsn") {
          bsn: String!
          naam: String
        }
        """;

    public static string Provider(string naamField) => $$"""
        type Query { bewoners: [Persoon] @provides(fields: "naam") }
        type Persoon @key(fields: "bsn") {
          bsn: String!
          {{naamField}}
        }
        """;
}

public sealed class ExternalMissingOnBaseCases : IRuleCases
{
    public string Code => "EXTERNAL_MISSING_ON_BASE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("an external field another schema resolves", ExternalSchemas.Owner, ExternalSchemas.Provider("naam: String @external")),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an external field no schema resolves", "b", 4, 3, """
            type Persoon @key(fields: "bsn") {
              bsn: String!
            }
            """, ExternalSchemas.Provider("naam: String @external")),
    ];
}

public sealed class ExternalTypeMismatchCases : IRuleCases
{
    public string Code => "EXTERNAL_TYPE_MISMATCH";

    public IEnumerable<ValidCase> Valid =>
    [
        new("an external field with the type of the field it refers to", ExternalSchemas.Owner, ExternalSchemas.Provider("naam: String @external")),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an external field that is non-null where the field is nullable", "b", 4, 3,
            ExternalSchemas.Owner, ExternalSchemas.Provider("naam: String! @external")),
        new("an external field of another named type", "b", 4, 3,
            ExternalSchemas.Owner, ExternalSchemas.Provider("naam: Naam @external") + "\nscalar Naam"),
    ];
}

/// <summary>
/// A cadastre that owns Perceel.id, whose argument picks the register the number comes from, and a registry that
/// keys Perceel on the same id declared <c>@external</c> (line 3 of the key, line 4 the field).
/// </summary>
internal static class ExternalArgumentSchemas
{
    public const string Owner = """
        enum Bron { KADASTER GEMEENTE }
        type Query { perceel(id: ID! @is(field: "id(bron: KADASTER)")): Perceel @lookup }
        type Perceel @key(fields: "id(bron: KADASTER)") {
          id(bron: Bron! = KADASTER): ID!
          oppervlakte: Int
        }
        """;

    public static string Referrer(string idField, string key = "id(bron: KADASTER)") => $$"""
        enum Bron { KADASTER GEMEENTE }
        type Query { percelen: [Perceel] }
        type Perceel @key(fields: "{{key}}") {
          {{idField}}
          eigenaar: String
        }
        """;

    public static readonly string Matching = Referrer("id(bron: Bron! = KADASTER): ID! @external");
}

public sealed class ExternalArgumentMissingCases : IRuleCases
{
    public string Code => "EXTERNAL_ARGUMENT_MISSING";

    public IEnumerable<ValidCase> Valid =>
    [
        new("an external field with the arguments of the field it refers to", ExternalArgumentSchemas.Owner, ExternalArgumentSchemas.Matching),
        new("a provided field without the argument its owner fills through @require", """
            type Query { pand(id: ID!): Pand @lookup }
            type Pand @key(fields: "id") { id: ID! bouwjaar: Int }
            """, """
            type Query { pandWoz(id: ID!): Pand @lookup @internal }
            type Pand @key(fields: "id") { id: ID! waarde(bouwjaar: Int @require(field: "bouwjaar")): Int }
            """, """
            type Query { duurstePanden: [Pand] @provides(fields: "waarde") }
            type Pand @key(fields: "id") { id: ID! waarde: Int @external }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an external field without the argument", "b", 4, 3,
            ExternalArgumentSchemas.Owner, ExternalArgumentSchemas.Referrer("id: ID! @external", key: "id")),
    ];
}

public sealed class ExternalArgumentTypeMismatchCases : IRuleCases
{
    public string Code => "EXTERNAL_ARGUMENT_TYPE_MISMATCH";

    public IEnumerable<ValidCase> Valid =>
    [
        new("an external field's argument of the same type", ExternalArgumentSchemas.Owner, ExternalArgumentSchemas.Matching),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an argument that is nullable where the field it refers to requires it", "b", 4, 6,
            ExternalArgumentSchemas.Owner, ExternalArgumentSchemas.Referrer("id(bron: Bron = KADASTER): ID! @external")),
        new("an argument of another named type", "b", 4, 6,
            ExternalArgumentSchemas.Owner, ExternalArgumentSchemas.Referrer("id(bron: String! = \"KADASTER\"): ID! @external", key: "id(bron: \\\"KADASTER\\\")")),
    ];
}

public sealed class ExternalArgumentDefaultMismatchCases : IRuleCases
{
    public string Code => "EXTERNAL_ARGUMENT_DEFAULT_MISMATCH";

    public IEnumerable<ValidCase> Valid =>
    [
        new("an external field's argument with the same default", ExternalArgumentSchemas.Owner, ExternalArgumentSchemas.Matching),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("another default", "b", 4, 6,
            ExternalArgumentSchemas.Owner, ExternalArgumentSchemas.Referrer("id(bron: Bron! = GEMEENTE): ID! @external")),
        new("no default where the field it refers to has one", "b", 4, 6,
            ExternalArgumentSchemas.Owner, ExternalArgumentSchemas.Referrer("id(bron: Bron!): ID! @external")),
    ];
}
