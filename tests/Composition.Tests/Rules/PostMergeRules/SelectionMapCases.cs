namespace FederatedGraph.Composition.Tests.Rules.PostMergeRules;

public sealed class IsInvalidFieldsCases : IRuleCases
{
    public string Code => "IS_INVALID_FIELDS";

    private const string PerceelMetBron = """
        enum Bron { KADASTER GEMEENTE }
        type Perceel @key(fields: "id(bron: KADASTER)") { id(bron: Bron!): ID! oppervlakte: Int }
        """;

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
        new("a field only another source schema defines", """
            type Query { pandOpAdres(adresId: ID! @is(field: "hoofdadres.id")): Pand @lookup }
            type Pand @key(fields: "identificatie") { identificatie: String! bouwjaar: Int }
            """, """
            type Query { pand(identificatie: String!): Pand @lookup }
            type Pand @key(fields: "identificatie") { identificatie: String! hoofdadres: Adres! }
            type Adres { id: ID! }
            """),
        new("a field selected with a constant of its argument", """
            type Query { perceel(id: ID! @is(field: "id(bron: KADASTER)")): Perceel @lookup }
            """ + PerceelMetBron),
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
        new("a field no source schema defines", "a", 2, 24, """
            type Query {
              persoon(bsn: String! @is(field: "bsn")): Persoon @lookup
            }
            type Persoon @key(fields: "burgerservicenummer") { burgerservicenummer: String! }
            """, """
            type Persoon @key(fields: "burgerservicenummer") { burgerservicenummer: String! naam: String }
            """),
        new("an argument the field does not have", "a", 2, 19, """
            type Query {
              perceel(id: ID! @is(field: "id(schaal: KADASTER)")): Perceel @lookup
            }
            """ + PerceelMetBron),
        new("a field that needs an argument, mapped without it", "a", 2, 19, """
            type Query {
              perceel(id: ID! @is(field: "id")): Perceel @lookup
            }
            """ + PerceelMetBron),
        new("a variable instead of a constant", "a", 2, 19, """
            type Query {
              perceel(id: ID! @is(field: "id(bron: $bron)")): Perceel @lookup
            }
            """ + PerceelMetBron),
        new("a constant the other schema's field does not take", "a", 2, 28, """
            type Query {
              pandOpAdres(adresId: ID! @is(field: "hoofdadres.id(bron: KADASTER)")): Pand @lookup
            }
            type Pand @key(fields: "identificatie") { identificatie: String! }
            """, """
            type Query { pand(identificatie: String!): Pand @lookup }
            type Pand @key(fields: "identificatie") { identificatie: String! hoofdadres: Adres! }
            type Adres { id: ID! }
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
