using System.Text.RegularExpressions;
using FederatedGraph.Composition.Satisfiability;
using FederatedGraph.Composition.Validation;

namespace FederatedGraph.Composition.Tests.Rules;

public sealed partial class RuleListTests
{
    [Fact]
    public void The_schema_readme_lists_every_rule_with_a_link_to_the_spec_and_no_other()
    {
        var readme = File.ReadAllText(Path.Combine(RepositorySchemas.Root, "schema", "README.md"));

        var listed = RuleRow().Matches(readme).Select(m => m.Groups["code"].Value).ToList();

        var codes = CompositionRules.All.Select(r => r.Code).Append(SatisfiabilityValidator.UnsatisfiableQueryPath);
        Assert.Equal(codes.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"^\| `(?<code>[A-Z_]+)` \| [a-z -]+ \| \[[^\]]+\]\(https://graphql\.github\.io/composite-schemas-spec/draft/#sec-[A-Za-z0-9_-]+\) \| (spec|own) \|$", RegexOptions.Multiline)]
    private static partial Regex RuleRow();
}
