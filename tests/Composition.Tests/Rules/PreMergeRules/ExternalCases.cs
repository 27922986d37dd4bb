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
