namespace FederatedGraph.Composition.Tests.Rules.PostMergeRules;

public sealed class NonNullInputFieldIsInaccessibleCases : IRuleCases
{
    public string Code => "NON_NULL_INPUT_FIELD_IS_INACCESSIBLE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("only a nullable field is hidden",
            "type Query { zoekPanden(filter: PandFilter): [String!]! } input PandFilter { postcode: String! bouwjaar: Int @inaccessible }",
            "type Query { zoekPercelen(filter: PandFilter): [String!]! } input PandFilter { postcode: String! bouwjaar: Int }"),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a field one schema requires is hidden by another", "a", 4, 3,
            """
            type Query { zoekPanden(filter: PandFilter): [String!]! }
            input PandFilter {
              postcode: String!
              bouwjaar: Int!
            }
            """,
            "type Query { zoekPercelen(filter: PandFilter): [String!]! } input PandFilter { postcode: String! bouwjaar: Int @inaccessible }"),
    ];
}

public sealed class EnumTypeDefaultValueInaccessibleCases : IRuleCases
{
    public string Code => "ENUM_TYPE_DEFAULT_VALUE_INACCESSIBLE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("the default is a visible value", """
            type Query { panden(status: Pandstatus = IN_GEBRUIK): [String!]! }
            enum Pandstatus { IN_GEBRUIK GESLOOPT @inaccessible }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an argument defaults to a hidden value", "a", 1, 21, """
            type Query { panden(status: Pandstatus = GESLOOPT): [String!]! }
            enum Pandstatus { IN_GEBRUIK GESLOOPT @inaccessible }
            """),
        new("an input field defaults to a list with a hidden value", "a", 3, 3, """
            type Query { panden(filter: PandFilter): [String!]! }
            input PandFilter {
              statussen: [Pandstatus!] = [IN_GEBRUIK, GESLOOPT]
            }
            enum Pandstatus { IN_GEBRUIK GESLOOPT @inaccessible }
            """),
        new("an argument defaults to an object with a hidden value", "a", 2, 10, """
            type Query {
              panden(filter: PandFilter = { status: GESLOOPT }): [String!]!
            }
            input PandFilter { status: Pandstatus }
            enum Pandstatus { IN_GEBRUIK GESLOOPT @inaccessible }
            """),
    ];
}
