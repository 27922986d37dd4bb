namespace FederatedGraph.Composition.Tests.Rules.SourceSchemaRules;

public sealed class LookupReturnsListCases : IRuleCases
{
    public string Code => "LOOKUP_RETURNS_LIST";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a lookup that returns one entity", """
            type Query { gemeente(code: String!): Gemeente @lookup }
            type Gemeente @key(fields: "code") { code: String! }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a lookup that returns a list", "a", 2, 3, """
            type Query {
              gemeenten(codes: [String!]!): [Gemeente!] @lookup
            }
            type Gemeente @key(fields: "code") { code: String! }
            """),
        new("a lookup that returns a non-null list", "a", 2, 3, """
            type Query {
              gemeenten(code: String!): [Gemeente]! @lookup
            }
            type Gemeente @key(fields: "code") { code: String! }
            """),
    ];
}

public sealed class LookupReturnsNonNullableTypeCases : IRuleCases
{
    public string Code => "LOOKUP_RETURNS_NON_NULLABLE_TYPE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a nullable lookup", """
            type Query { gemeente(code: String!): Gemeente @lookup }
            type Gemeente @key(fields: "code") { code: String! }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a non-null lookup", "a", 1, 14, """
            type Query { gemeente(code: String!): Gemeente! @lookup }
            type Gemeente @key(fields: "code") { code: String! }
            """),
    ];
}
