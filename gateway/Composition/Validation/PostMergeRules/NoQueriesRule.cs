using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <summary>Clients need at least one query field to enter the composite schema.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-No-Queries"/>
public sealed class NoQueriesRule : IPostMergeRule
{
    public string Code => "NO_QUERIES";

    public void Validate(MergedSchema merged, CompositionLog log)
    {
        if (merged.Schema.QueryType is { } query && query.Fields.Visible().Any()) return;

        const string fix = "Add a query field without @inaccessible or @internal to the Query type of at least one source schema.";
        if (SourceDefinitions.OfType(merged, "Query").FirstOrDefault() is { Schema: not null } at)
            log.Error(Code, at, $"The merged Query type has no field that clients can see: every query field is @inaccessible or @internal. {fix}");
        else
            log.Error(Code, merged.SourceSchemas.FirstOrDefault()?.Name, SourceLocation.Unknown, $"No source schema defines a Query type. {fix}");
    }
}
