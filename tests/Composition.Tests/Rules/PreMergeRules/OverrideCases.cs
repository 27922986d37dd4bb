namespace FederatedGraph.Composition.Tests.Rules.PreMergeRules;

public sealed class OverrideSourceHasOverrideCases : IRuleCases
{
    public string Code => "OVERRIDE_SOURCE_HAS_OVERRIDE";

    private static string Vestiging(string sbiCode) => $$"""
        type Vestiging @key(fields: "nummer") {
          nummer: String!
          {{sbiCode}}
        }
        """;

    public IEnumerable<ValidCase> Valid =>
    [
        new("one schema takes a field over from another",
            Vestiging("sbiCode: String"),
            Vestiging("sbiCode: String @override(from: \"a\")")),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("two schemas take the field over from each other", "a", 3, 19,
            Vestiging("sbiCode: String @override(from: \"b\")"),
            Vestiging("sbiCode: String @override(from: \"a\")")),
        new("two schemas take the same field over", "b", 3, 19,
            Vestiging("sbiCode: String @override(from: \"c\")"),
            Vestiging("sbiCode: String @override(from: \"c\")"),
            Vestiging("sbiCode: String")),
        new("a stand-in takes over a stand-in field that itself overrides", "d", 4, 17, """
            interface Onroerend @key(fields: "id") { id: ID! }
            interface Gebouw implements Onroerend @key(fields: "id") { id: ID! }
            type Woning implements Gebouw & Onroerend @key(fields: "id") { id: ID! }
            """, """
            directive @interfaceObject on OBJECT
            type Gebouw @interfaceObject @key(fields: "id") {
              id: ID!
              bouwjaar: Int @override(from: "c")
            }
            """, """
            directive @interfaceObject on OBJECT
            type Gebouw @interfaceObject @key(fields: "id") {
              id: ID!
              bouwjaar: Int
            }
            """, """
            directive @interfaceObject on OBJECT
            type Onroerend @interfaceObject @key(fields: "id") {
              id: ID!
              bouwjaar: Int @override(from: "b")
            }
            """),
    ];
}
