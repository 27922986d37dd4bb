namespace FederatedGraph.Composition.Tests.Rules.PreMergeRules;

public sealed class OutputFieldTypesNotMergeableCases : IRuleCases
{
    public string Code => "OUTPUT_FIELD_TYPES_NOT_MERGEABLE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("return types that differ only in nullability",
            "type Persoon @shareable { leeftijd: Int! voornamen: [String!] }",
            "type Persoon @shareable { leeftijd: Int voornamen: [String]! }"),
        new("a union in one schema and one of its members in another", """
            type Query @shareable { eigenaar: Eigenaar }
            union Eigenaar = Persoon | Rechtspersoon
            type Persoon @shareable { bsn: String }
            type Rechtspersoon { rsin: String }
            """, """
            type Query @shareable { eigenaar: Persoon }
            type Persoon @shareable { bsn: String }
            """),
        new("an internal field may return another type",
            "type Persoon @shareable { leeftijd: Int }",
            "type Persoon @shareable { leeftijd: String @internal }"),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("two different scalars", "b", 2, 27,
            "type Persoon @shareable { geboortedatum: String }", """
            scalar Datum
            type Persoon @shareable { geboortedatum: Datum }
            """),
        new("a list in one schema and a single value in another", "b", 2, 3,
            "type Persoon @shareable { voornamen: [String] }", """
            type Persoon @shareable {
              voornamen: String
            }
            """),
        new("a type name that is an object type in one schema and a scalar in another", "b", 2, 27, """
            type Persoon @shareable { nationaliteit: Nationaliteit }
            type Nationaliteit @shareable { code: String }
            """, """
            scalar Nationaliteit
            type Persoon @shareable { nationaliteit: Nationaliteit }
            """),
        new("a list of a type that is an enum in one schema and an object type in another", "b", 2, 27, """
            type Persoon @shareable { nationaliteiten: [Nationaliteit] }
            enum Nationaliteit { NL BE }
            """, """
            type Nationaliteit { code: String }
            type Persoon @shareable { nationaliteiten: [Nationaliteit] }
            """),
        new("an object type that the other schema's union does not contain", "b", 2, 3, """
            type Query @shareable { eigenaar: Eigenaar }
            union Eigenaar = Persoon
            type Persoon { bsn: String }
            """, """
            type Query @shareable {
              eigenaar: Vestiging
            }
            type Vestiging { nummer: String }
            """),
    ];
}

public sealed class FieldArgumentTypesNotMergeableCases : IRuleCases
{
    public string Code => "FIELD_ARGUMENT_TYPES_NOT_MERGEABLE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("arguments that differ only in nullability",
            "type Query @shareable { personen(postcode: String!, huisnummers: [Int!]): [String] }",
            "type Query @shareable { personen(postcode: String, huisnummers: [Int]!): [String] }"),
        new("an internal field's argument may have another type",
            "type Query @shareable { personen(postcode: String): [String] }",
            "type Query @shareable { personen(postcode: Int): [String] @internal }"),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a string argument in one schema and an integer in another", "b", 2, 12,
            "type Query @shareable { personen(postcode: String): [String] }", """
            type Query @shareable {
              personen(postcode: Int): [String]
            }
            """),
        new("a list argument in one schema and a single value in another", "b", 1, 52,
            "type Query @shareable { personen(huisnummers: [Int]): [String] }",
            "type Query @shareable { personen(postcode: String, huisnummers: Int): [String] }"),
    ];
}

public sealed class FieldWithMissingRequiredArgumentCases : IRuleCases
{
    public string Code => "FIELD_WITH_MISSING_REQUIRED_ARGUMENT";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a required argument in every schema",
            "type Query @shareable { personen(postcode: String!): [String] }",
            "type Query @shareable { personen(postcode: String!): [String] }"),
        new("an argument the gateway fills in one schema is optional in the other", """
            type Vestiging @key(fields: "nummer") {
              nummer: String!
              bezoekers(gemeente: String! @require(field: "gemeente")): Int @shareable
            }
            """, """
            type Vestiging @key(fields: "nummer") {
              nummer: String!
              gemeente: String
              bezoekers(gemeente: String): Int @shareable
            }
            """),
        new("an internal field need not have the argument",
            "type Query @shareable { personen(postcode: String!): [String] }",
            "type Query @shareable { personen: [String] @internal }"),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a required argument missing in another schema", "b", 2, 3,
            "type Query @shareable { personen(postcode: String!): [String] }", """
            type Query @shareable {
              personen: [String]
            }
            """),
        new("an argument the gateway fills in one schema but clients must pass in another", "a", 3, 13, """
            type Vestiging @key(fields: "nummer") {
              nummer: String!
              bezoekers(gemeente: String! @require(field: "gemeente")): Int @shareable
            }
            """, """
            type Vestiging @key(fields: "nummer") {
              nummer: String!
              gemeente: String!
              bezoekers(gemeente: String!): Int @shareable
            }
            """),
    ];
}
