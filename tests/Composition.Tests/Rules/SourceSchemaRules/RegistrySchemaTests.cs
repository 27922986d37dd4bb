using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.SourceSchemas;
using FederatedGraph.Composition.Validation;

namespace FederatedGraph.Composition.Tests.Rules.SourceSchemaRules;

/// <summary>The registries' committed source schemas must pass every source-schema rule.</summary>
public sealed class RegistrySchemaTests
{
    public static TheoryData<string> Registries() => [.. RepositorySchemas.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Registries))]
    public void A_committed_source_schema_passes_every_source_schema_rule(string registry)
    {
        var log = new CompositionLog();
        var source = RepositorySchemas.Named(registry).Single();
        var schema = SdlReader.Read(source.Name, source.Sdl, log);

        Assert.NotNull(schema);
        foreach (var rule in CompositionRules.SourceSchemaRules) rule.Validate(schema, log);
        Assert.True(!log.HasErrors, string.Join(Environment.NewLine, log.Errors));
    }
}
