namespace FederatedGraph.Composition.Tests.Rules.PreMergeRules;

public sealed class EnumValuesMismatchCases : IRuleCases
{
    public string Code => "ENUM_VALUES_MISMATCH";

    public IEnumerable<ValidCase> Valid =>
    [
        new("the same values everywhere",
            "enum Geslacht { MAN VROUW ONBEKEND }",
            "enum Geslacht { MAN VROUW ONBEKEND }"),
        new("a value only one schema knows, marked @inaccessible there", "enum Geslacht { MAN VROUW }", """
            enum Geslacht {
              MAN
              VROUW
              ONBEKEND @inaccessible
            }
            """),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("each schema has a value the other lacks", "b", 1, 6,
            "enum Geslacht { MAN VROUW }",
            "enum Geslacht { MAN ONBEKEND }"),
        new("a value inaccessible in one schema does not excuse another missing value", "c", 1, 6,
            "enum Geslacht { MAN VROUW ONBEKEND @inaccessible }",
            "enum Geslacht { MAN VROUW }",
            "enum Geslacht { MAN }"),
    ];
}
