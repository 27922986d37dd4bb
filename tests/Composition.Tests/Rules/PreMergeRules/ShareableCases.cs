namespace FederatedGraph.Composition.Tests.Rules.PreMergeRules;

public sealed class InvalidFieldSharingCases : IRuleCases
{
    public string Code => "INVALID_FIELD_SHARING";

    private static string Persoon(string field) => $$"""
        type Persoon @key(fields: "burgerservicenummer") {
          burgerservicenummer: String!
          {{field}}
        }
        """;

    public IEnumerable<ValidCase> Valid =>
    [
        new("key fields repeated in every registry", Persoon("naam: String"), Persoon("ondernemingen: [String]")),
        new("a field shareable in every schema", Persoon("naam: String @shareable"), Persoon("naam: String @shareable")),
        new("a type that is shareable as a whole",
            "type PageInfo @shareable { hasNextPage: Boolean! endCursor: String }",
            "type PageInfo @shareable { hasNextPage: Boolean! endCursor: String }"),
        new("a field taken over with @override", Persoon("naam: String"), Persoon("naam: String @override(from: \"a\")")),
        new("a field only referred to with @external", Persoon("naam: String"), """
            type Query { bewoners: [Persoon] @provides(fields: "naam") }
            type Persoon @key(fields: "burgerservicenummer") {
              burgerservicenummer: String!
              naam: String @external
            }
            """),
        new("an internal field", Persoon("naam: String"), Persoon("naam: String @internal")),
        new("fields selected by a nested key", """
            type Adres @key(fields: "nummeraanduiding { identificatie }") { nummeraanduiding: Nummeraanduiding! }
            type Nummeraanduiding { identificatie: String! }
            """, """
            type Adres @key(fields: "nummeraanduiding { identificatie }") { nummeraanduiding: Nummeraanduiding! bewoners: Int }
            type Nummeraanduiding { identificatie: String! }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a field two schemas resolve without @shareable", "b", 3, 3, Persoon("naam: String"), Persoon("naam: String")),
        new("a field shareable in one schema only", "a", 3, 3, Persoon("naam: String"), Persoon("naam: String @shareable")),
    ];
}
