namespace FederatedGraph.Composition.Tests.Rules.SourceSchemaRules;

public sealed class KeyInvalidSyntaxCases : IRuleCases
{
    public string Code => "KEY_INVALID_SYNTAX";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a nested key", """
            type Query { perceel(id: ID!): Perceel @lookup }
            type Perceel @key(fields: "nummer gemeente { code }") { id: ID! nummer: Int! gemeente: Gemeente! }
            type Gemeente { code: String! }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a key with an unclosed brace", "a", 2, 14, """
            type Query { perceel(id: ID!): Perceel }
            type Perceel @key(fields: "nummer gemeente { code") { nummer: Int! gemeente: Gemeente! }
            type Gemeente { code: String! }
            """),
    ];
}

public sealed class KeyInvalidFieldsTypeCases : IRuleCases
{
    public string Code => "KEY_INVALID_FIELDS_TYPE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a key given as a string", """
            type Query { pand(id: ID!): Pand @lookup }
            type Pand @key(fields: "id") { id: ID! }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a key given as a boolean", "a", 2, 11, """
            type Query { pand(id: ID!): Pand }
            type Pand @key(fields: true) { id: ID! }
            """),
    ];
}

public sealed class KeyInvalidFieldsCases : IRuleCases
{
    public string Code => "KEY_INVALID_FIELDS";

    public IEnumerable<ValidCase> Valid =>
    [
        new("keys on existing fields, one through an interface", """
            type Query { perceel(id: ID!): Perceel @lookup }
            type Perceel @key(fields: "id") @key(fields: "nummer gemeente { code }") { id: ID! nummer: Int! gemeente: Gemeente! }
            type Gemeente { code: String! }
            interface Object @key(fields: "id") { id: ID! }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a key on a field the type lacks", "a", 2, 14, """
            type Query { perceel(id: ID!): Perceel }
            type Perceel @key(fields: "identificatie") { id: ID! }
            """),
        new("a nested key on a field the nested type lacks", "a", 2, 14, """
            type Query { perceel(id: ID!): Perceel }
            type Perceel @key(fields: "gemeente { naam }") { id: ID! gemeente: Gemeente! }
            type Gemeente { code: String! }
            """),
        new("a key on an object field without its fields", "a", 2, 14, """
            type Query { perceel(id: ID!): Perceel }
            type Perceel @key(fields: "gemeente") { id: ID! gemeente: Gemeente! }
            type Gemeente { code: String! }
            """),
    ];
}

public sealed class KeyDirectiveInFieldsArgumentCases : IRuleCases
{
    public string Code => "KEY_DIRECTIVE_IN_FIELDS_ARGUMENT";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a key without directives", """
            type Query { pand(id: ID!): Pand @lookup }
            type Pand @key(fields: "id") { id: ID! }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a key with a directive on a nested field", "a", 3, 14, """
            directive @hoofdletters on FIELD
            type Query { perceel(id: ID!): Perceel }
            type Perceel @key(fields: "id gemeente { code @hoofdletters }") { id: ID! gemeente: Gemeente! }
            type Gemeente { code: String! }
            """),
    ];
}

public sealed class KeyInvalidArgumentsCases : IRuleCases
{
    public string Code => "KEY_INVALID_ARGUMENTS";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a key field given a constant of its enum argument", """
            type Query { perceel(id: ID! @is(field: "id(bron: KADASTER)")): Perceel @lookup }
            enum Bron { KADASTER GEMEENTE }
            type Perceel @key(fields: "id(bron: KADASTER)") { id(bron: Bron!): ID! oppervlakte: Int }
            """),
        new("a nested key field given constants of a list and an input object", """
            type Query { perceel(nummer: String! @is(field: "aanduiding.nummer(opmaak: { scheiding: \"-\" }, delen: [SECTIE, NUMMER])")): Perceel @lookup }
            enum Deel { GEMEENTE SECTIE NUMMER }
            input Opmaak { scheiding: String! hoofdletters: Boolean = false }
            type Perceel @key(fields: "aanduiding { nummer(opmaak: { scheiding: \"-\" }, delen: [SECTIE, NUMMER]) }") { aanduiding: Aanduiding! }
            type Aanduiding { nummer(opmaak: Opmaak!, delen: [Deel!]): String! }
            """),
        new("a key field whose arguments are optional, selected without them", """
            type Query { persoon(bsn: String!): Persoon @lookup }
            type Persoon @key(fields: "bsn") { bsn(opmaak: Boolean! = false, scheiding: String): String! }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an argument the key field does not have", "a", 3, 14, """
            enum Bron { KADASTER GEMEENTE }
            type Query { perceel(id: ID!): Perceel }
            type Perceel @key(fields: "id(schaal: KADASTER)") { id(bron: Bron!): ID! }
            """),
        new("a key field that needs an argument, selected without it", "a", 2, 14, """
            type Query { persoon(bsn: String!): Persoon }
            type Persoon @key(fields: "bsn") { bsn(opmaak: Boolean!): String! }
            """),
        new("a variable instead of a constant", "a", 3, 14, """
            enum Bron { KADASTER GEMEENTE }
            type Query { perceel(id: ID!): Perceel }
            type Perceel @key(fields: "id(bron: $bron)") { id(bron: Bron!): ID! }
            """),
        new("a constant of the wrong type", "a", 3, 14, """
            enum Bron { KADASTER GEMEENTE }
            type Query { perceel(id: ID!): Perceel }
            type Perceel @key(fields: "id(bron: \"KADASTER\")") { id(bron: Bron!): ID! }
            """),
        new("a nested key field that needs an argument, selected without it", "a", 2, 14, """
            type Query { perceel(id: ID!): Perceel }
            type Perceel @key(fields: "aanduiding { nummer }") { aanduiding: Aanduiding! }
            type Aanduiding { nummer(opmaak: String!): String! }
            """),
    ];
}

public sealed class KeyFieldsSelectInvalidTypeCases : IRuleCases
{
    public string Code => "KEY_FIELDS_SELECT_INVALID_TYPE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a key of a scalar and a nested object", """
            type Query { perceel(id: ID!): Perceel @lookup }
            type Perceel @key(fields: "nummer gemeente { code }") { id: ID! nummer: Int! gemeente: Gemeente! }
            type Gemeente { code: String! }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a key on a list", "a", 2, 14, """
            type Query { perceel(id: ID!): Perceel }
            type Perceel @key(fields: "nummers") { nummers: [Int!]! }
            """),
        new("a key on an interface", "a", 2, 14, """
            type Query { perceel(id: ID!): Perceel }
            type Perceel @key(fields: "ligging { id }") { ligging: Ligging! }
            interface Ligging { id: ID! }
            type Kadastergemeente implements Ligging { id: ID! }
            """),
        new("a key on a union", "a", 2, 14, """
            type Query { perceel(id: ID!): Perceel }
            type Perceel @key(fields: "eigenaar") { eigenaar: Eigenaar! }
            union Eigenaar = Persoon
            type Persoon { bsn: String! }
            """),
    ];
}

public sealed class InterfaceObjectKeyMissingCases : IRuleCases
{
    public string Code => "INTERFACE_OBJECT_KEY_MISSING";

    public IEnumerable<ValidCase> Valid =>
    [
        new("an interface object with a key", """
            type Query { object(id: ID!): Adresseerbaar @lookup }
            type Adresseerbaar @interfaceObject @key(fields: "id") { id: ID! wozWaarde: Int }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an interface object without a key", "a", 2, 6, """
            type Query { object(id: ID!): Adresseerbaar }
            type Adresseerbaar @interfaceObject { id: ID! wozWaarde: Int }
            """),
    ];
}
