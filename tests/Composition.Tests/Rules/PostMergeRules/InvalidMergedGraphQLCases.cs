namespace FederatedGraph.Composition.Tests.Rules.PostMergeRules;

public sealed class InvalidMergedGraphQLCases : IRuleCases
{
    public string Code => "INVALID_MERGED_GRAPHQL";

    public IEnumerable<ValidCase> Valid =>
    [
        new("both schemas agree on the interface hierarchy",
            """
            type Query { objecten: [Adresseerbaar!]! }
            interface Adresseerbaar implements Registratieobject { identificatie: ID! }
            interface Registratieobject { identificatie: ID! }
            """,
            """
            type Query { registraties: [Registratieobject!]! }
            interface Registratieobject { identificatie: ID! }
            interface Adresseerbaar implements Registratieobject { identificatie: ID! }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("the schemas implement two interfaces in opposite directions", "a", 2, 11,
            """
            type Query { objecten: [Adresseerbaar!]! }
            interface Adresseerbaar implements Registratieobject { identificatie: ID! }
            interface Registratieobject { identificatie: ID! }
            """,
            """
            type Query { registraties: [Registratieobject!]! }
            interface Registratieobject implements Adresseerbaar { identificatie: ID! }
            interface Adresseerbaar { identificatie: ID! }
            """),
    ];
}
