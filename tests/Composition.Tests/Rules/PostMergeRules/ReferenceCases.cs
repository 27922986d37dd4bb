namespace FederatedGraph.Composition.Tests.Rules.PostMergeRules;

public sealed class ReferenceToInaccessibleTypeCases : IRuleCases
{
    public string Code => "REFERENCE_TO_INACCESSIBLE_TYPE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a field of a hidden type is hidden too", """
            type Query { zoek(filter: Filter): [String!]! }
            input Filter { naam: String periode: Periode @inaccessible }
            input Periode @inaccessible { van: String tot: String }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a visible input field of a hidden input type", "a", 4, 3, """
            type Query { zoek(filter: Filter): [String!]! }
            input Filter {
              naam: String
              periode: Periode
            }
            input Periode @inaccessible { van: String tot: String }
            """),
        new("a visible output field of a hidden object type", "a", 2, 3, """
            type Query {
              beheer: Beheer
              gemeenten: [String!]!
            }
            type Beheer @inaccessible { versie: String }
            """),
        new("a visible argument of a hidden enum type", "a", 2, 10, """
            type Query {
              panden(status: Pandstatus): [String!]!
            }
            enum Pandstatus @inaccessible { IN_GEBRUIK GESLOOPT }
            """),
    ];
}

public sealed class ReferenceToInternalTypeCases : IRuleCases
{
    public string Code => "REFERENCE_TO_INTERNAL_TYPE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a field of an internal type is internal too", """
            type Query { gemeenten: [String!]! beheer: Beheer @internal }
            type Beheer @internal { versie: String }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a composite field returns an internal type", "a", 2, 3, """
            type Query {
              beheer: Beheer
              gemeenten: [String!]!
            }
            type Beheer @internal { versie: String }
            """),
    ];
}
