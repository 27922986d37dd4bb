namespace FederatedGraph.Composition.Tests.Rules.PreMergeRules;

public sealed class InputFieldDefaultMismatchCases : IRuleCases
{
    public string Code => "INPUT_FIELD_DEFAULT_MISMATCH";

    public IEnumerable<ValidCase> Valid =>
    [
        new("the same default, or none",
            "input PersoonFilter { maxResultaten: Int = 10 }",
            "input PersoonFilter { maxResultaten: Int = 10 }",
            "input PersoonFilter { maxResultaten: Int }"),
        new("equal object defaults with their fields in another order",
            "input Zoekvraag { periode: Periode = { van: 2000, tot: 2020 } } input Periode { van: Int tot: Int }",
            "input Zoekvraag { periode: Periode = { tot: 2020, van: 2000 } } input Periode { van: Int tot: Int }"),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("two different numbers", "b", 2, 3,
            "input PersoonFilter { maxResultaten: Int = 10 }", """
            input PersoonFilter {
              maxResultaten: Int = 50
            }
            """),
        new("two different enum values", "c", 1, 32,
            "input Zoekvraag { volgorde: Volgorde = OPLOPEND } enum Volgorde { OPLOPEND AFLOPEND }",
            "input Zoekvraag { volgorde: Volgorde } enum Volgorde { OPLOPEND AFLOPEND }",
            "input Zoekvraag { limiet: Int, volgorde: Volgorde = AFLOPEND } enum Volgorde { OPLOPEND AFLOPEND }"),
    ];
}

public sealed class InputFieldTypesNotMergeableCases : IRuleCases
{
    public string Code => "INPUT_FIELD_TYPES_NOT_MERGEABLE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("input fields that differ only in nullability",
            "input AdresFilter { postcode: String! huisnummers: [Int!] }",
            "input AdresFilter { postcode: String huisnummers: [Int]! }"),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a list in one schema and a single value in another", "b", 3, 3,
            "input AdresFilter { postcode: String huisnummers: [Int] }", """
            input AdresFilter {
              postcode: String
              huisnummers: Int
            }
            """),
        new("two different named types", "b", 1, 21,
            "input AdresFilter { postcode: String }",
            "input AdresFilter { postcode: Postcode } scalar Postcode"),
    ];
}

public sealed class InputWithMissingRequiredFieldsCases : IRuleCases
{
    public string Code => "INPUT_WITH_MISSING_REQUIRED_FIELDS";

    public IEnumerable<ValidCase> Valid =>
    [
        new("every field that is required somewhere exists everywhere",
            "input Periode { van: Int! tot: Int }",
            "input Periode { van: Int tot: Int! }"),
        new("an optional field missing in one schema",
            "input Periode { van: Int! tot: Int }",
            "input Periode { van: Int! }"),
        new("an inaccessible input type",
            "input Periode @inaccessible { van: Int! tot: Int }",
            "input Periode { tot: Int }"),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("a required field missing in another schema", "b", 1, 7,
            "input Periode { van: Int! tot: Int }",
            "input Periode { tot: Int }"),
    ];
}
