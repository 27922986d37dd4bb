namespace FederatedGraph.Composition.Tests.Rules.PostMergeRules;

public sealed class ImplementedByInaccessibleCases : IRuleCases
{
    public string Code => "IMPLEMENTED_BY_INACCESSIBLE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("the interface is hidden as well", """
            type Query { pand: Pand }
            interface Registratieobject @inaccessible { identificatie: ID! }
            type Pand implements Registratieobject { identificatie: ID! @inaccessible bouwjaar: Int }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a hidden field implements a visible interface field", "a", 4, 3, """
            type Query { objecten: [Registratieobject!]! }
            interface Registratieobject { identificatie: ID! }
            type Pand implements Registratieobject {
              identificatie: ID! @inaccessible
              bouwjaar: Int
            }
            """),
    ];
}

public sealed class InterfaceFieldNoImplementationCases : IRuleCases
{
    public string Code => "INTERFACE_FIELD_NO_IMPLEMENTATION";

    private const string WithStatus = """
        type Query { objecten: [Registratieobject!]! }
        interface Registratieobject { identificatie: ID! status: String }
        type Pand implements Registratieobject { identificatie: ID! status: String }
        """;

    public IEnumerable<ValidCase> Valid =>
    [
        new("both schemas implement the same interface fields", WithStatus, """
            type Query { verblijfsobjecten: [Registratieobject!]! }
            interface Registratieobject { identificatie: ID! status: String }
            type Verblijfsobject implements Registratieobject { identificatie: ID! status: String }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a type from a schema with a smaller interface", "b", 3, 6, WithStatus, """
            type Query { verblijfsobjecten: [Registratieobject!]! }
            interface Registratieobject { identificatie: ID! }
            type Verblijfsobject implements Registratieobject {
              identificatie: ID!
            }
            """),
    ];
}

public sealed class InterfaceFieldTypeMismatchCases : IRuleCases
{
    public string Code => "INTERFACE_FIELD_TYPE_MISMATCH";

    private const string Interface = """
        type Query { objecten: [Registratieobject!]! }
        interface Registratieobject { identificatie: ID! status: String! }
        type Pand implements Registratieobject @key(fields: "identificatie") { identificatie: ID! status: String! @shareable }
        """;

    public IEnumerable<ValidCase> Valid =>
    [
        new("every source keeps the field non-null", Interface, """
            type Query { panden: [Pand!]! }
            type Pand @key(fields: "identificatie") { identificatie: ID! status: String! @shareable }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("another schema makes the merged field nullable", "b", 4, 3, Interface, """
            type Query { panden: [Pand!]! }
            type Pand @key(fields: "identificatie") {
              identificatie: ID!
              status: String @shareable
            }
            """),
    ];
}

public sealed class InterfaceFieldArgumentNoImplementationCases : IRuleCases
{
    public string Code => "INTERFACE_FIELD_ARGUMENT_NO_IMPLEMENTATION";

    private const string Interface = """
        type Query { objecten: [Registratieobject!]! }
        interface Registratieobject { identificatie: ID! omschrijving(taal: String): String }
        type Pand implements Registratieobject @key(fields: "identificatie") {
          identificatie: ID!
          voorkeurstaal: String
          omschrijving(taal: String): String @shareable
        }
        """;

    public IEnumerable<ValidCase> Valid =>
    [
        new("every source takes the argument", Interface, """
            type Query { panden: [Pand!]! }
            type Pand @key(fields: "identificatie") { identificatie: ID! omschrijving(taal: String): String @shareable }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("another schema fills the argument through @require", "b", 4, 3, Interface, """
            type Query { panden: [Pand!]! }
            type Pand @key(fields: "identificatie") {
              identificatie: ID!
              omschrijving(taal: String @require(field: "voorkeurstaal")): String @shareable
            }
            """),
        new("another schema does not take the argument", "b", 4, 3, Interface, """
            type Query { panden: [Pand!]! }
            type Pand @key(fields: "identificatie") {
              identificatie: ID!
              omschrijving: String @shareable
            }
            """),
    ];
}

public sealed class InterfaceFieldArgumentTypeMismatchCases : IRuleCases
{
    public string Code => "INTERFACE_FIELD_ARGUMENT_TYPE_MISMATCH";

    private const string Interface = """
        type Query { objecten: [Registratieobject!]! }
        interface Registratieobject { identificatie: ID! omschrijving(taal: String): String }
        type Pand implements Registratieobject @key(fields: "identificatie") {
          identificatie: ID!
          omschrijving(taal: String, formaat: String): String @shareable
        }
        """;

    public IEnumerable<ValidCase> Valid =>
    [
        new("every source takes the same argument types", Interface, """
            type Query { panden: [Pand!]! }
            type Pand @key(fields: "identificatie") { identificatie: ID! omschrijving(taal: String, formaat: String): String @shareable }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("another schema makes an interface argument required", "b", 4, 16, Interface, """
            type Query { panden: [Pand!]! }
            type Pand @key(fields: "identificatie") {
              identificatie: ID!
              omschrijving(taal: String!, formaat: String): String @shareable
            }
            """),
        new("another schema makes an extra argument required", "b", 4, 30, Interface, """
            type Query { panden: [Pand!]! }
            type Pand @key(fields: "identificatie") {
              identificatie: ID!
              omschrijving(taal: String, formaat: String!): String @shareable
            }
            """),
    ];
}
