using System.Diagnostics;
using FederatedGraph.ProcessingLog;

namespace FederatedGraph.Subgraphs.Toolkit.ProcessingLog;

/// <summary>
/// A registry's side of the Logboek Dataverwerkingen: after a request has executed, and before its answer leaves, one
/// record per data subject the answers concern, written in one batch. No sampling: every request that returned a
/// subject's data is logged, or its answer is refused.
/// </summary>
public sealed class RegistryProcessingLog(string registry, ProcessingLogStore store, SubjectPseudonymiser pseudonymiser, TimeProvider time)
{
    public SubjectPseudonymiser Pseudonymiser => pseudonymiser;

    /// <summary>Writes the request's records; throws <see cref="ProcessingLogUnavailableException"/> when the store fails.</summary>
    /// <param name="operation">What the caller asked, for the records' names (the GraphQL operation name).</param>
    public Task RecordAsync(RequestProcessing processing, string operation, ProcessingStatus status, CancellationToken cancellationToken)
    {
        if (processing.Subjects.Count == 0) return Task.CompletedTask;
        var trace = processing.Trace;
        var action = new ProcessingAction(registry, operation, trace, time.GetUtcNow().UtcDateTime, status,
            processing.Caller.Activity, processing.Caller.Caller.Client);
        // LDV: an action about several subjects gets a child span per subject under the request's span.
        var records = processing.Subjects.All.Select(subject => action.Record(ActivitySpanId.CreateRandom().ToHexString(), trace.SpanId,
            pseudonymiser.Pseudonymise(subject.IdType, subject.Id), subject.IdType)).ToList();
        return store.WriteAsync(records, cancellationToken);
    }
}
