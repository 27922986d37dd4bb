namespace FederatedGraph.Composition.Tests.Rules.SourceSchemaRules;

public sealed class QueryRootTypeInaccessibleCases : IRuleCases
{
    public string Code => "QUERY_ROOT_TYPE_INACCESSIBLE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("an accessible query type with an inaccessible field", """
            type Query {
              gemeente(code: String!): Gemeente
              interneTeller: Int @inaccessible
            }
            type Gemeente { code: String! }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an inaccessible query type", "a", 4, 6, """
            schema {
              query: Query
            }
            type Query @inaccessible {
              gemeente(code: String!): Gemeente
            }
            type Gemeente { code: String! }
            """),
    ];
}

public sealed class RootQueryUsedCases : IRuleCases
{
    public string Code => "ROOT_QUERY_USED";

    public IEnumerable<ValidCase> Valid =>
    [
        new("the query root named Query", """
            schema { query: Query }
            type Query { woonplaats(code: String!): Woonplaats }
            type Woonplaats { code: String! }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a query root with another name", "a", 2, 6, """
            schema { query: BagQuery }
            type BagQuery { woonplaats(code: String!): Woonplaats }
            type Woonplaats { code: String! }
            """),
        new("a type named Query that is not the query root", "a", 3, 6, """
            schema { mutation: Mutation }
            type Mutation { wijzigWoonplaats(code: String!): Boolean }
            type Query { woonplaats(code: String!): String }
            """),
    ];
}

public sealed class RootMutationUsedCases : IRuleCases
{
    public string Code => "ROOT_MUTATION_USED";

    public IEnumerable<ValidCase> Valid =>
    [
        new("the mutation root named Mutation", """
            schema { query: Query mutation: Mutation }
            type Query { versie: String }
            type Mutation { registreerVerhuizing(bsn: String!): Boolean }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a mutation root with another name", "a", 3, 6, """
            schema { query: Query mutation: BrpMutatie }
            type Query { versie: String }
            type BrpMutatie { registreerVerhuizing(bsn: String!): Boolean }
            """),
        new("a type named Mutation that is not the mutation root", "a", 3, 6, """
            schema { query: Query }
            type Query { versie: String }
            type Mutation { registreerVerhuizing(bsn: String!): Boolean }
            """),
    ];
}

public sealed class RootSubscriptionUsedCases : IRuleCases
{
    public string Code => "ROOT_SUBSCRIPTION_USED";

    public IEnumerable<ValidCase> Valid =>
    [
        new("the subscription root named Subscription", """
            type Query { versie: String }
            type Subscription { verhuisd: String }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a subscription root with another name", "a", 3, 6, """
            schema { query: Query subscription: Gebeurtenissen }
            type Query { versie: String }
            type Gebeurtenissen { verhuisd: String }
            type Subscription { oud: String }
            """),
    ];
}
