namespace FederatedGraph.Composition.Tests.Rules.PostMergeRules;

/// <summary>
/// A map naming a field the entity lacks is already stopped by the source-schema rule LOOKUP_KEY_MISSING_FOR_TYPE,
/// so that case is tested on the rule directly (<see cref="PostMergeRuleTests"/>); these cases reach post-merge.
/// </summary>
public sealed class IsInvalidFieldsCases : IRuleCases
{
    public string Code => "IS_INVALID_FIELDS";

    public IEnumerable<ValidCase> Valid =>
    [
        new("the argument equals a field of the entity", """
            type Query { persoon(bsn: String! @is(field: "burgerservicenummer")): Persoon @lookup }
            type Persoon @key(fields: "burgerservicenummer") { burgerservicenummer: String! naam: String }
            """),
        new("an input object built from several fields", """
            type Query { adres(sleutel: AdresSleutel! @is(field: "{ postcode huisnummer }")): Adres @lookup }
            type Adres @key(fields: "postcode huisnummer") { postcode: String! huisnummer: Int! straat: String }
            input AdresSleutel { postcode: String! huisnummer: Int! huisletter: String }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("the field does not fit the argument type", "a", 2, 37, """
            type Query {
              persoon(burgerservicenummer: Int! @is(field: "burgerservicenummer")): Persoon @lookup
            }
            type Persoon @key(fields: "burgerservicenummer") { burgerservicenummer: String! }
            """),
        new("a required input field is not given", "a", 2, 32, """
            type Query {
              adres(sleutel: AdresSleutel! @is(field: "{ postcode }")): Adres @lookup
            }
            type Adres @key(fields: "postcode huisnummer") { postcode: String! huisnummer: Int! }
            input AdresSleutel { postcode: String! huisnummer: Int! }
            """),
    ];
}

public sealed class RequireInvalidFieldsCases : IRuleCases
{
    public string Code => "REQUIRE_INVALID_FIELDS";

    private const string Bag = """
        type Query { verblijfsobject(identificatie: String!): Verblijfsobject @lookup }
        type Verblijfsobject @key(fields: "identificatie") { identificatie: String! oppervlakte: Int! pand: Pand }
        type Pand { bouwjaar: Int }
        """;

    public IEnumerable<ValidCase> Valid =>
    [
        new("the required field is another schema's", Bag, """
            type Query { verblijfsobjectWoz(identificatie: String!): Verblijfsobject @lookup @internal }
            type Verblijfsobject @key(fields: "identificatie") {
              identificatie: String!
              waardePerM2(oppervlakte: Int! @require(field: "oppervlakte")): Int
            }
            """),
        new("a nested path into another schema's object", Bag, """
            type Query { verblijfsobjectWoz(identificatie: String!): Verblijfsobject @lookup @internal }
            type Verblijfsobject @key(fields: "identificatie") {
              identificatie: String!
              correctie(bouwjaar: Int @require(field: "pand.bouwjaar")): Int
            }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("no other schema has the field", "b", 4, 33, Bag, """
            type Query { verblijfsobjectWoz(identificatie: String!): Verblijfsobject @lookup @internal }
            type Verblijfsobject @key(fields: "identificatie") {
              identificatie: String!
              waardePerM2(oppervlakte: Int! @require(field: "gebruiksoppervlakte")): Int
            }
            """),
        new("the schema requires its own field", "b", 5, 32, Bag, """
            type Query { verblijfsobjectWoz(identificatie: String!): Verblijfsobject @lookup @internal }
            type Verblijfsobject @key(fields: "identificatie") {
              identificatie: String!
              taxatiejaar: Int
              waardePerM2(taxatiejaar: Int @require(field: "taxatiejaar")): Int
            }
            """),
        new("an object field without a selection of its fields", "b", 4, 27, Bag, """
            type Query { verblijfsobjectWoz(identificatie: String!): Verblijfsobject @lookup @internal }
            type Verblijfsobject @key(fields: "identificatie") {
              identificatie: String!
              correctie(bouwjaar: Int @require(field: "pand")): Int
            }
            """),
    ];
}
