using FederatedGraph.Checkout;
using System.Text.RegularExpressions;
using FederatedGraph.Subgraphs.Toolkit.Hosting;

namespace FederatedGraph.Registries.Testing;

/// <summary>
/// The example queries of the README, read from the README itself so tests and documentation cannot drift apart:
/// the ```graphql blocks of its section "Five example federated queries", in order.
/// </summary>
public static partial class ReadmeExamples
{
    public const string Section = "## Five example federated queries";

    public static IReadOnlyList<string> Read()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Section, StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException($"README.md has no section '{Section}'.");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? readme[start..] : readme[start..end];
        return GraphQLBlock().Matches(section).Select(m => m.Groups[1].Value).ToList();
    }

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
