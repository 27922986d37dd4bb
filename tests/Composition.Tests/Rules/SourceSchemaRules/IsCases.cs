namespace FederatedGraph.Composition.Tests.Rules.SourceSchemaRules;

public sealed class IsInvalidSyntaxCases : IRuleCases
{
    public string Code => "IS_INVALID_SYNTAX";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a path and an object map", """
            type Query {
              adres(postcode: String! @is(field: "postcode")): Adres @lookup
              adresOpSleutel(sleutel: AdresSleutel! @is(field: "{ postcode huisnummer }")): Adres @lookup
            }
            input AdresSleutel { postcode: String! huisnummer: Int! }
            type Adres @key(fields: "postcode huisnummer") @key(fields: "postcode") { postcode: String! huisnummer: Int! }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an object map without its closing brace", "a", 2, 41, """
            type Query {
              adresOpSleutel(sleutel: AdresSleutel! @is(field: "{ postcode huisnummer")): Adres @lookup
            }
            input AdresSleutel { postcode: String! huisnummer: Int! }
            type Adres @key(fields: "postcode huisnummer") { postcode: String! huisnummer: Int! }
            """),
    ];
}

public sealed class IsInvalidFieldTypeCases : IRuleCases
{
    public string Code => "IS_INVALID_FIELD_TYPE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a string map", """
            type Query { pand(id: String! @is(field: "identificatie")): Pand @lookup }
            type Pand @key(fields: "identificatie") { identificatie: String! }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an enum literal as map", "a", 2, 20, """
            type Query {
              pand(id: String! @is(field: identificatie)): Pand @lookup
            }
            type Pand @key(fields: "identificatie") { identificatie: String! }
            """),
    ];
}

public sealed class IsInvalidUsageCases : IRuleCases
{
    public string Code => "IS_INVALID_USAGE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("@is on a lookup argument", """
            type Query { pand(id: String! @is(field: "identificatie")): Pand @lookup }
            type Pand @key(fields: "identificatie") { identificatie: String! }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("@is on an argument of a field that is no lookup", "a", 2, 20, """
            type Query {
              pand(id: String! @is(field: "identificatie")): Pand
            }
            type Pand { identificatie: String! }
            """),
    ];
}
