namespace FederatedGraph.Composition.Tests.Rules.SourceSchemaRules;

public sealed class ProvidesInvalidSyntaxCases : IRuleCases
{
    public string Code => "PROVIDES_INVALID_SYNTAX";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a list of provided fields", """
            type Query { adres(id: ID!): Adres }
            type Adres { id: ID! nummeraanduiding: Nummeraanduiding @provides(fields: "postcode huisnummer") }
            type Nummeraanduiding @key(fields: "id") { id: ID! postcode: String @external huisnummer: Int @external }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an unbalanced selection", "a", 4, 38, """
            type Query { adres(id: ID!): Adres }
            type Adres {
              id: ID!
              nummeraanduiding: Nummeraanduiding @provides(fields: "postcode }")
            }
            type Nummeraanduiding @key(fields: "id") { id: ID! postcode: String @external }
            """),
    ];
}

public sealed class ProvidesInvalidFieldsTypeCases : IRuleCases
{
    public string Code => "PROVIDES_INVALID_FIELDS_TYPE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("provided fields as a string", """
            type Query { adres(id: ID!): Adres }
            type Adres { id: ID! nummeraanduiding: Nummeraanduiding @provides(fields: "postcode") }
            type Nummeraanduiding @key(fields: "id") { id: ID! postcode: String @external }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("provided fields as a number", "a", 4, 38, """
            type Query { adres(id: ID!): Adres }
            type Adres {
              id: ID!
              nummeraanduiding: Nummeraanduiding @provides(fields: 1)
            }
            type Nummeraanduiding @key(fields: "id") { id: ID! postcode: String @external }
            """),
    ];
}

public sealed class ProvidesOnNonCompositeFieldCases : IRuleCases
{
    public string Code => "PROVIDES_ON_NON_COMPOSITE_FIELD";

    public IEnumerable<ValidCase> Valid =>
    [
        new("@provides on an interface field", """
            type Query { object(id: ID!): Adresseerbaar @provides(fields: "... on Verblijfsobject { postcode }") }
            interface Adresseerbaar { postcode: String }
            type Verblijfsobject implements Adresseerbaar @key(fields: "postcode") { postcode: String @external }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("@provides on a scalar field", "a", 4, 20, """
            type Query { adres(id: ID!): Adres }
            type Adres {
              id: ID!
              postcode: String @provides(fields: "length")
            }
            """),
    ];
}

public sealed class ProvidesInvalidFieldsCases : IRuleCases
{
    public string Code => "PROVIDES_INVALID_FIELDS";

    public IEnumerable<ValidCase> Valid =>
    [
        new("provided fields of the return type, one nested", """
            type Query { adres(id: ID!): Adres }
            type Adres { id: ID! nummeraanduiding: Nummeraanduiding @provides(fields: "postcode woonplaats { naam }") }
            type Nummeraanduiding @key(fields: "id") { id: ID! postcode: String @external woonplaats: Woonplaats @external }
            type Woonplaats { naam: String @external }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a provided field the return type lacks", "a", 4, 38, """
            type Query { adres(id: ID!): Adres }
            type Adres {
              id: ID!
              nummeraanduiding: Nummeraanduiding @provides(fields: "straatnaam")
            }
            type Nummeraanduiding @key(fields: "id") { id: ID! postcode: String @external }
            """),
    ];
}

public sealed class ProvidesDirectiveInFieldsArgumentCases : IRuleCases
{
    public string Code => "PROVIDES_DIRECTIVE_IN_FIELDS_ARGUMENT";

    public IEnumerable<ValidCase> Valid =>
    [
        new("provided fields without directives", """
            type Query { adres(id: ID!): Adres }
            type Adres { id: ID! nummeraanduiding: Nummeraanduiding @provides(fields: "postcode") }
            type Nummeraanduiding @key(fields: "id") { id: ID! postcode: String @external }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a provided field with a directive", "a", 4, 38, """
            type Query { adres(id: ID!): Adres }
            type Adres {
              id: ID!
              nummeraanduiding: Nummeraanduiding @provides(fields: "postcode @skip(if: false)")
            }
            type Nummeraanduiding @key(fields: "id") { id: ID! postcode: String @external }
            """),
    ];
}

public sealed class ProvidesFieldsHasArgumentsCases : IRuleCases
{
    public string Code => "PROVIDES_FIELDS_HAS_ARGUMENTS";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a provided field whose only argument is required data", """
            type Query { adres(id: ID!): Adres }
            type Adres { id: ID! nummeraanduiding: Nummeraanduiding @provides(fields: "postcode") }
            type Nummeraanduiding @key(fields: "id") {
              id: ID!
              postcode(formaat: String @require(field: "postcodeFormaat")): String @external
            }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a provided field with an optional argument", "a", 4, 38, """
            type Query { adres(id: ID!): Adres }
            type Adres {
              id: ID!
              nummeraanduiding: Nummeraanduiding @provides(fields: "postcode")
            }
            type Nummeraanduiding @key(fields: "id") { id: ID! postcode(metSpatie: Boolean = false): String @external }
            """),
        new("a provided field given an argument", "a", 4, 38, """
            type Query { adres(id: ID!): Adres }
            type Adres {
              id: ID!
              nummeraanduiding: Nummeraanduiding @provides(fields: "postcode(metSpatie: true)")
            }
            type Nummeraanduiding @key(fields: "id") { id: ID! postcode: String @external }
            """),
    ];
}

public sealed class ProvidesFieldsMissingExternalCases : IRuleCases
{
    public string Code => "PROVIDES_FIELDS_MISSING_EXTERNAL";

    public IEnumerable<ValidCase> Valid =>
    [
        new("provided fields that are external", """
            type Query { adres(id: ID!): Adres }
            type Adres { id: ID! nummeraanduiding: Nummeraanduiding @provides(fields: "postcode") }
            type Nummeraanduiding @key(fields: "id") { id: ID! postcode: String @external }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a provided field this schema resolves itself", "a", 4, 38, """
            type Query { adres(id: ID!): Adres }
            type Adres {
              id: ID!
              nummeraanduiding: Nummeraanduiding @provides(fields: "postcode")
            }
            type Nummeraanduiding @key(fields: "id") { id: ID! postcode: String }
            """),
    ];
}
