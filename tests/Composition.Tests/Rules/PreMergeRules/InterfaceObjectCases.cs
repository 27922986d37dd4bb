namespace FederatedGraph.Composition.Tests.Rules.PreMergeRules;

/// <summary>Schemas where a BAG-like registry owns the interface and another contributes through a stand-in.</summary>
internal static class InterfaceObjectSchemas
{
    public const string Interface = """
        interface Adresseerbaar @key(fields: "identificatie") @key(fields: "postcode huisnummer") {
          identificatie: String!
          postcode: String!
          huisnummer: Int!
        }
        type Verblijfsobject implements Adresseerbaar @key(fields: "identificatie") {
          identificatie: String!
          postcode: String!
          huisnummer: Int!
        }
        """;

    public static string StandIn(string key) => $$"""
        directive @interfaceObject on OBJECT
        type Adresseerbaar @interfaceObject @key(fields: "{{key}}") {
          identificatie: String!
          postcode: String!
          huisnummer: Int!
          wozWaarde: Int
        }
        """;
}

public sealed class InterfaceObjectNoInterfaceCases : IRuleCases
{
    public string Code => "INTERFACE_OBJECT_NO_INTERFACE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a stand-in for an interface another schema defines", InterfaceObjectSchemas.Interface, InterfaceObjectSchemas.StandIn("identificatie")),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("stand-ins and no interface", "b", 2, 6,
            "type Query { versie: String }",
            InterfaceObjectSchemas.StandIn("identificatie"),
            InterfaceObjectSchemas.StandIn("identificatie")),
    ];
}

public sealed class InterfaceObjectKeyMismatchCases : IRuleCases
{
    public string Code => "INTERFACE_OBJECT_KEY_MISMATCH";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a stand-in keyed on one of the interface's keys", InterfaceObjectSchemas.Interface, InterfaceObjectSchemas.StandIn("identificatie")),
        new("the same key with its fields in another order", InterfaceObjectSchemas.Interface, InterfaceObjectSchemas.StandIn("huisnummer postcode")),
        new("the interface's key field with the same constant", KeyedOnSource, StandInKeyedOnSource("BAG")),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a stand-in keyed on fields no key of the interface selects", "b", 2, 37,
            InterfaceObjectSchemas.Interface, InterfaceObjectSchemas.StandIn("postcode")),
        new("an interface without keys", "b", 2, 6, """
            interface Adresseerbaar {
              identificatie: String!
            }
            """, InterfaceObjectSchemas.StandIn("identificatie")),
        new("the interface's key field with another constant", "b", 3, 37, KeyedOnSource, StandInKeyedOnSource("GEMEENTE")),
    ];

    private const string KeyedOnSource = """
        enum Bron { BAG GEMEENTE }
        interface Adresseerbaar @key(fields: "identificatie(bron: BAG)") { identificatie(bron: Bron!): String! }
        """;

    private static string StandInKeyedOnSource(string bron) => $$"""
        directive @interfaceObject on OBJECT
        enum Bron { BAG GEMEENTE }
        type Adresseerbaar @interfaceObject @key(fields: "identificatie(bron: {{bron}})") { identificatie(bron: Bron!): String! wozWaarde: Int }
        """;
}
