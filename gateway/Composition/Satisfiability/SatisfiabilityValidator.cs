using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Merging;

namespace FederatedGraph.Composition.Satisfiability;

/// <summary>
/// The spec's Validate Satisfiability: every field a client can select must be resolvable on every query path
/// that reaches it, through the owning schema's lookups (internal ones included) and <c>@require</c>ments.
/// <c>@provides</c> is ignored, as the spec asks: it may save fetches but must never be what makes a path work.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Unsatisfiable-Query-Path"/>
public static class SatisfiabilityValidator
{
    public const string UnsatisfiableQueryPath = "UNSATISFIABLE_QUERY_PATH";

    public static void Validate(MergedSchema merged, CompositionLog log)
    {
        var model = new ExecutionModel(merged);
        var resolver = new FieldResolver(model);
        var report = new UnsatisfiableQueryPathReport(model, resolver);
        foreach (var failure in new QueryPathWorklist(model, resolver).Run())
            log.Add(report.Describe(failure));
    }
}
