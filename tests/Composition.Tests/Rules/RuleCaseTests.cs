using FederatedGraph.Composition.SourceSchemas;
using FederatedGraph.Composition.Validation;

namespace FederatedGraph.Composition.Tests.Rules;

/// <summary>Runs every rule's cases through the whole composer, and checks every rule has cases both ways.</summary>
public sealed class RuleCaseTests
{
    public static IEnumerable<IRuleCases> AllCases => typeof(RuleCaseTests).Assembly.GetTypes()
        .Where(t => typeof(IRuleCases).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
        .Select(t => (IRuleCases)Activator.CreateInstance(t)!)
        .OrderBy(c => c.Code, StringComparer.Ordinal);

    public static TheoryData<string, ValidCase> ValidCases()
    {
        var data = new TheoryData<string, ValidCase>();
        foreach (var cases in AllCases)
            foreach (var valid in cases.Valid) data.Add(cases.Code, valid);
        return data;
    }

    public static TheoryData<string, InvalidCase> InvalidCases()
    {
        var data = new TheoryData<string, InvalidCase>();
        foreach (var cases in AllCases)
            foreach (var invalid in cases.Invalid) data.Add(cases.Code, invalid);
        return data;
    }

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Valid_schemas_do_not_trigger_the_rule(string code, ValidCase valid)
    {
        var result = Composer.Compose(Named(valid.Schemas));

        Assert.DoesNotContain(result.Entries, e => e.Code == code);
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Invalid_schemas_trigger_the_rule_at_the_right_place(string code, InvalidCase invalid)
    {
        var result = Composer.Compose(Named(invalid.Schemas));

        var found = result.Entries.Where(e => e.Code == code).ToList();
        Assert.True(found.Count > 0, $"Expected {code}; got: {string.Join(Environment.NewLine, result.Entries)}");
        Assert.Contains(found, e => e.Schema == invalid.Schema && e.Location.Line == invalid.Line && e.Location.Column == invalid.Column);
        Assert.All(found, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Fact]
    public void Every_rule_has_valid_and_invalid_cases()
    {
        var cases = AllCases.ToDictionary(c => c.Code);

        Assert.All(CompositionRules.All, rule =>
        {
            Assert.True(cases.TryGetValue(rule.Code, out var ruleCases), $"{rule.Code} has no test cases.");
            Assert.NotEmpty(ruleCases!.Valid);
            Assert.NotEmpty(ruleCases.Invalid);
        });
    }

    internal static IReadOnlyList<SourceSchema> Named(IReadOnlyList<string> schemas)
        => schemas.Select((sdl, i) => SourceSchema.FromSdl(((char)('a' + i)).ToString(), sdl)).ToArray();
}
