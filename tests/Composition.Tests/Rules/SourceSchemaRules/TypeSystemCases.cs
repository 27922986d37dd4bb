namespace FederatedGraph.Composition.Tests.Rules.SourceSchemaRules;

public sealed class InvalidGraphQLCases : IRuleCases
{
    public string Code => "INVALID_GRAPHQL";

    public IEnumerable<ValidCase> Valid =>
    [
        new("composite directives used without declaring them", """
            type Query {
              persoon(bsn: String! @is(field: "burgerservicenummer")): Persoon @lookup
              verhuizingen(vanaf: Datum, soort: Soort = BINNENGEMEENTELIJK, filter: Filter = { gemeenten: "0363" }): [Verhuizing!]! @deprecated(reason: "Gebruik verhuizingenVanaf")
            }
            type Persoon @key(fields: "burgerservicenummer") @shareable {
              burgerservicenummer: String!
              leeftijd(peildatum: Datum @require(field: "peildatum")): Int @inaccessible
              adres: Adres @provides(fields: "postcode") @override(from: "bag")
            }
            interface Object { id: ID! }
            type Adres implements Object @key(fields: "id") { id: ID! postcode: String @external }
            union Verhuizing = Adres
            enum Soort { BINNENGEMEENTELIJK INTERGEMEENTELIJK }
            input Filter { gemeenten: [String!] soort: Soort }
            scalar Datum @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339")
            """),
        new("composite directives declared as specified", """
            directive @key(fields: FieldSelectionSet!) repeatable on OBJECT | INTERFACE
            directive @lookup on FIELD_DEFINITION
            scalar FieldSelectionSet
            type Query { pand(identificatie: String!): Pand @lookup }
            type Pand @key(fields: "identificatie") @key(fields: "adres") { identificatie: String! adres: String }
            """),
        new("a interface field implemented with a more specific type", """
            type Query { zaak(id: ID!): Zaak }
            interface Zaak { id: ID! betrokkene(rol: String): Betrokkene }
            interface Betrokkene { naam: String }
            type Persoon implements Betrokkene { naam: String }
            type Aanvraag implements Zaak { id: ID! betrokkene(rol: String, actueel: Boolean = true): Persoon! }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a field returning an undefined type", "a", 2, 3, """
            type Query {
              persoon(bsn: String!): Persoon
            }
            """),
        new("an argument of an object type", "a", 2, 11, """
            type Query {
              persoon(adres: Adres): String
            }
            type Adres { postcode: String }
            """),
        new("a field returning an input object", "a", 2, 3, """
            type Query {
              adres: AdresInvoer
            }
            input AdresInvoer { postcode: String }
            """),
        new("an undefined directive", "a", 2, 18, """
            type Query {
              versie: String @geheim
            }
            """),
        new("a directive at a location it does not allow", "a", 1, 12, """
            type Query @lookup {
              versie: String
            }
            """),
        new("a directive without its required argument", "a", 2, 11, """
            type Query { pand(id: ID!): Pand }
            type Pand @key { id: ID! }
            """),
        new("a non-repeatable directive applied twice", "a", 2, 31, """
            type Query {
              pand(id: ID!): Pand @lookup @lookup
            }
            type Pand @key(fields: "id") { id: ID! }
            """),
        new("a directive argument of the wrong type", "a", 2, 19, """
            type Query {
              oudeVersie: Int @deprecated(reason: 2)
            }
            """),
        new("a directive argument that does not exist", "a", 2, 19, """
            type Query {
              oudeVersie: Int @deprecated(sinds: "2024")
            }
            """),
        new("an enum default that is not a value", "a", 2, 12, """
            type Query {
              personen(geslacht: Geslacht = ONBEKEND): [String]
            }
            enum Geslacht { MAN VROUW }
            """),
        new("a null default for a non-null argument", "a", 2, 12, """
            type Query {
              personen(limiet: Int! = null): [String]
            }
            """),
        new("an input default missing a required field", "a", 2, 12, """
            type Query {
              personen(filter: Filter = { naam: "Jansen" }): [String]
            }
            input Filter { naam: String gemeente: String! }
            """),
        new("an implementation missing an interface field", "a", 3, 6, """
            type Query { object(id: ID!): Object }
            interface Object { id: ID! gemeente: String }
            type Pand implements Object { id: ID! }
            """),
        new("an implementation with an incompatible field type", "a", 3, 39, """
            type Query { object(id: ID!): Object }
            interface Object { id: ID! bouwjaar: Int }
            type Pand implements Object { id: ID! bouwjaar: String }
            """),
        new("an implementation with an extra required argument", "a", 3, 48, """
            type Query { object(id: ID!): Object }
            interface Object { id: ID! bouwjaar: Int }
            type Pand implements Object { id: ID! bouwjaar(bron: String!): Int }
            """),
        new("implementing an object type", "a", 3, 6, """
            type Query { object(id: ID!): Object }
            type Object { id: ID! }
            type Pand implements Object { id: ID! }
            """),
        new("an implementation missing a transitive interface", "a", 4, 6, """
            type Query { object(id: ID!): Object }
            interface Object { id: ID! }
            interface Gebouw implements Object { id: ID! }
            type Pand implements Gebouw { id: ID! }
            """),
        new("a union with a scalar member", "a", 2, 7, """
            type Query { eigenaar: Eigenaar }
            union Eigenaar = Persoon | String
            type Persoon { bsn: String }
            """),
        new("an input object that requires itself", "a", 2, 7, """
            type Query { personen(filter: Filter): [String] }
            input Filter { naam: String en: Filter! }
            """),
        new("a name reserved for introspection", "a", 2, 3, """
            type Query {
              __versie: String
            }
            """),
        new("a query root type that is not defined", "a", 1, 1, """
            schema { query: BrpQuery }
            type Query { versie: String }
            """),
        new("a built-in scalar redefined as an object type", "a", 2, 6, """
            type Query { naam: String }
            type String { waarde: Int }
            """),
        new("a @oneOf input with a non-null field", "a", 2, 24, """
            type Query { persoon(sleutel: Sleutel): String }
            input Sleutel @oneOf { bsn: String! anummer: String }
            """),
        new("@deprecated declared with another argument type", "a", 1, 12, """
            directive @deprecated(reason: Int) on FIELD_DEFINITION
            type Query { versie: String }
            """),
    ];
}

public sealed class DisallowedInaccessibleCases : IRuleCases
{
    public string Code => "DISALLOWED_INACCESSIBLE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("inaccessible fields and a redeclared built-in scalar", """
            scalar String
            type Query { naam: String bsn: String @inaccessible }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an inaccessible built-in scalar", "a", 1, 16, """
            scalar Boolean @inaccessible
            type Query { overleden: Boolean }
            """),
        new("an inaccessible argument of a built-in directive", "a", 1, 38, """
            directive @deprecated(reason: String @inaccessible) on FIELD_DEFINITION | ENUM_VALUE
            type Query { versie: String }
            """),
    ];
}

public sealed class TypeDefinitionInvalidCases : IRuleCases
{
    public string Code => "TYPE_DEFINITION_INVALID";

    public IEnumerable<ValidCase> Valid =>
    [
        new("the composite scalars declared, and @key declared with an extra argument", """
            scalar FieldSelectionMap
            scalar FieldSelectionSet
            directive @key(fields: FieldSelectionSet!, bron: String) repeatable on OBJECT | INTERFACE
            type Query { pand(id: ID!): Pand }
            type Pand @key(fields: "id") { id: ID! }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("FieldSelectionMap declared as an input object", "a", 1, 7, """
            input FieldSelectionMap { pad: [String!]! }
            type Query { versie: String }
            """),
        new("@key declared without fields", "a", 1, 12, """
            directive @key(bron: String) repeatable on OBJECT | INTERFACE
            type Query { versie: String }
            """),
        new("@require declared with a string field", "a", 1, 12, """
            directive @require(field: String!) on ARGUMENT_DEFINITION
            type Query { versie: String }
            """),
    ];
}
