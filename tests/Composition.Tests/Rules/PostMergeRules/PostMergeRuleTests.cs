using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.SourceSchemas;
using FederatedGraph.Composition.Validation;
using FederatedGraph.Composition.Validation.PostMergeRules;

namespace FederatedGraph.Composition.Tests.Rules.PostMergeRules;

/// <summary>
/// Post-merge rules on the committed registry schemas, run on their own without the phases before them, and
/// findings that must reach the post-merge phase of a full composition.
/// </summary>
public sealed class PostMergeRuleTests
{
    private static (MergedSchema Merged, CompositionLog Log) Merge(IEnumerable<SourceSchema> sources)
    {
        var log = new CompositionLog();
        var schemas = sources.Select(s => SdlReader.Read(s.Name, s.Sdl, log)!).ToList();
        Assert.Empty(log.Errors);
        return (SchemaMerger.Merge(schemas, log), log);
    }

    [Fact]
    public void The_committed_registry_schemas_pass_every_post_merge_rule()
    {
        var (merged, log) = Merge(RepositorySchemas.All);
        Assert.Contains(merged.SourceSchemas, s => s.Name == "woz");

        foreach (var rule in CompositionRules.PostMergeRules)
            rule.Validate(merged, log);

        Assert.True(!log.Errors.Any(), string.Join(Environment.NewLine, log.Errors));
    }

    [Fact]
    public void The_woz_requirement_is_met_by_bag_and_by_nothing_else()
    {
        var (merged, log) = Merge(RepositorySchemas.Named("bag", "woz"));
        new RequireInvalidFieldsRule().Validate(merged, log);
        Assert.Empty(log.Errors);

        var (wozOnly, wozLog) = Merge(RepositorySchemas.Named("woz"));
        new RequireInvalidFieldsRule().Validate(wozOnly, wozLog);
        var error = Assert.Single(wozLog.Errors);
        Assert.Equal(("REQUIRE_INVALID_FIELDS", "woz"), (error.Code, error.Schema));
        Assert.Contains("Verblijfsobject has no field oppervlakte", error.Message);
    }

    [Fact]
    public void An_is_map_naming_a_field_no_schema_has_is_reported_once_after_merging()
    {
        var result = Composer.Compose(RuleCaseTests.Named(["""
            type Query {
              persoon(bsn: String! @is(field: "bsn")): Persoon @lookup
            }
            type Persoon @key(fields: "burgerservicenummer") { burgerservicenummer: String! }
            """]));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("IS_INVALID_FIELDS", "a", "2:24"), (error.Code, error.Schema, error.Location.ToString()));
        Assert.Contains("Persoon has no field bsn", error.Message);
    }
}
