using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.SourceSchemas;
using FederatedGraph.Composition.Validation;

namespace FederatedGraph.Composition.Tests.Rules.PreMergeRules;

/// <summary>The registries' committed source schemas pass every pre-merge rule against each other.</summary>
public sealed class RegistrySchemasTests
{
    [Fact]
    public void The_registry_schemas_pass_the_pre_merge_rules()
    {
        var log = new CompositionLog();
        var sources = RepositorySchemas.Named("brp", "bag", "hr", "woz", "brk");
        Assert.Equal(5, sources.Count);
        var schemas = sources.Select(s => SdlReader.Read(s.Name, s.Sdl, log)!).ToArray();
        Assert.Empty(log.Entries);

        // The rules run directly, so the outcome does not depend on the other phases.
        foreach (var rule in CompositionRules.PreMergeRules) rule.Validate(schemas, log);

        Assert.Empty(log.Entries.Select(e => e.ToString()));
    }
}
