namespace FederatedGraph.Composition.Tests.Rules.SourceSchemaRules;

public sealed class LookupMustHaveArgumentsCases : IRuleCases
{
    public string Code => "LOOKUP_MUST_HAVE_ARGUMENTS";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a lookup with a key argument", """
            type Query { pand(identificatie: String!): Pand @lookup }
            type Pand @key(fields: "identificatie") { identificatie: String! }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a lookup without arguments", "a", 2, 3, """
            type Query {
              pand: Pand @lookup
            }
            type Pand @key(fields: "identificatie") { identificatie: String! }
            """),
    ];
}
