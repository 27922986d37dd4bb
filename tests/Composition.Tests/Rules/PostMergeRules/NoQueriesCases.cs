namespace FederatedGraph.Composition.Tests.Rules.PostMergeRules;

public sealed class NoQueriesCases : IRuleCases
{
    public string Code => "NO_QUERIES";

    public IEnumerable<ValidCase> Valid =>
    [
        new("one schema hides its query field, the other exposes one",
            "type Query { beheerstatistiek: Int @inaccessible }",
            "type Query { gemeenten: [String!]! }"),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("every query field is inaccessible", "a", 1, 6,
            """
            type Query {
              beheerstatistiek: Int @inaccessible
            }
            """,
            "type Query { auditlog: [String!] @inaccessible }"),
    ];
}
