namespace FederatedGraph.Composition.Tests.Rules.PostMergeRules;

public sealed class LookupKeyMissingForTypeCases : IRuleCases
{
    public string Code => "LOOKUP_KEY_MISSING_FOR_TYPE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("arguments mapped by name and by @is", """
            type Query {
              pand(identificatie: String!): Pand @lookup
              pandOpId(id: String! @is(field: "identificatie")): Pand @lookup
            }
            type Pand @key(fields: "identificatie") { identificatie: String! }
            """),
        new("an @is choice that covers every member of a union", """
            type Query {
              eigenaar(sleutel: EigenaarSleutel! @is(field: "{ bsn: <Persoon>.bsn } | { rsin: <Organisatie>.rsin }")): Eigenaar @lookup
            }
            input EigenaarSleutel @oneOf { bsn: String rsin: String }
            union Eigenaar = Persoon | Organisatie
            type Persoon @key(fields: "bsn") { bsn: String! }
            type Organisatie @key(fields: "rsin") { rsin: String! }
            """),
        new("an argument named after a field another source schema defines", """
            type Query { pandOpAdres(adresId: ID!): Pand @lookup }
            type Pand @key(fields: "identificatie") { identificatie: String! bouwjaar: Int }
            """, """
            type Query { pand(identificatie: String!): Pand @lookup }
            type Pand @key(fields: "identificatie") { identificatie: String! adresId: ID! }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an argument a possible type has no field for", "a", 2, 19, """
            type Query {
              object(id: ID!, gemeente: String): Object @lookup
            }
            interface Object { id: ID! }
            type Pand implements Object @key(fields: "id") { id: ID! gemeente: String }
            type Ligplaats implements Object @key(fields: "id") { id: ID! }
            """),
        new("an @is choice that misses a member of a union", "a", 2, 12, """
            type Query {
              eigenaar(sleutel: EigenaarSleutel! @is(field: "{ bsn: <Persoon>.bsn }")): Eigenaar @lookup
            }
            input EigenaarSleutel @oneOf { bsn: String rsin: String }
            union Eigenaar = Persoon | Organisatie
            type Persoon @key(fields: "bsn") { bsn: String! }
            type Organisatie @key(fields: "rsin") { rsin: String! }
            """),
        new("an argument named after a field that needs an argument", "a", 2, 11, """
            type Query {
              perceel(id: ID!): Perceel @lookup
            }
            enum Bron { KADASTER GEMEENTE }
            type Perceel @key(fields: "id(bron: KADASTER)") { id(bron: Bron!): ID! }
            """),
    ];
}
