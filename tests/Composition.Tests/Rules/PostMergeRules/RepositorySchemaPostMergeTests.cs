using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.SourceSchemas;
using FederatedGraph.Composition.Validation;

namespace FederatedGraph.Composition.Tests.Rules.PostMergeRules;

/// <summary>The committed registry schemas must pass every post-merge rule, checked on their own (not via the other phases).</summary>
public sealed class RepositorySchemaPostMergeTests
{
    [Fact]
    public void The_committed_registry_schemas_pass_every_post_merge_rule()
    {
        var log = new CompositionLog();
        var schemas = RepositorySchemas.All.Select(s => SdlReader.Read(s.Name, s.Sdl, log)!).ToList();
        Assert.Empty(log.Errors);
        Assert.Contains(schemas, s => s.Name == "woz");

        var merged = SchemaMerger.Merge(schemas, log);
        foreach (var rule in CompositionRules.PostMergeRules)
            rule.Validate(merged, log);

        Assert.True(!log.Errors.Any(), string.Join(Environment.NewLine, log.Errors));
    }

    [Fact]
    public void The_woz_requirement_of_bag_oppervlakte_is_checked_and_fits()
    {
        var log = new CompositionLog();
        var schemas = RepositorySchemas.Named("bag", "woz").Select(s => SdlReader.Read(s.Name, s.Sdl, log)!).ToList();
        var merged = SchemaMerger.Merge(schemas, log);
        new Validation.PostMergeRules.RequireInvalidFieldsRule().Validate(merged, log);
        Assert.Empty(log.Errors);

        // Without the BAG, nothing resolves oppervlakte for WOZ.
        var wozOnly = SchemaMerger.Merge([schemas.Single(s => s.Name == "woz")], log);
        new Validation.PostMergeRules.RequireInvalidFieldsRule().Validate(wozOnly, log);
        var error = Assert.Single(log.Errors);
        Assert.Equal(("REQUIRE_INVALID_FIELDS", "woz"), (error.Code, error.Schema));
        Assert.Contains("Verblijfsobject has no field oppervlakte", error.Message);
    }
}
