namespace FederatedGraph.Composition.Tests.Rules.PreMergeRules;

public sealed class TypeKindMismatchCases : IRuleCases
{
    public string Code => "TYPE_KIND_MISMATCH";

    public IEnumerable<ValidCase> Valid =>
    [
        new("the same object type in two schemas",
            "type Gemeente @key(fields: \"code\") { code: String! naam: String }",
            "type Gemeente @key(fields: \"code\") { code: String! inwoners: Int }"),
        new("an @interfaceObject stand-in next to its interface", """
            interface Adresseerbaar @key(fields: "identificatie") { identificatie: String! }
            type Verblijfsobject implements Adresseerbaar @key(fields: "identificatie") { identificatie: String! }
            """, """
            directive @interfaceObject on OBJECT
            type Adresseerbaar @interfaceObject @key(fields: "identificatie") { identificatie: String! postcode: String }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("an object type in one schema and an input type in another", "b", 1, 7,
            "type Gemeente { code: String! }",
            "input Gemeente { code: String! }"),
        new("an interface in one schema and a plain object type in another", "b", 1, 6,
            "interface Adresseerbaar { identificatie: String! }",
            "type Adresseerbaar { identificatie: String! }"),
    ];
}
