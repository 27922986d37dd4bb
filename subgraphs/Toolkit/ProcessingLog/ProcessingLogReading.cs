using FederatedGraph.Authorization;
using FederatedGraph.ProcessingLog;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Toolkit.ProcessingLog;

/// <summary>
/// Reading a registry's log, for the inzage field and for the LDV read API alike: only under an activity that may read
/// the log (<see cref="ProcessingLogAccess"/>), for the citizen only their own records without the confidential
/// activities. Reading a subject's records is itself a processing of their data, logged with the request.
/// </summary>
internal static class ProcessingLogReading
{
    /// <param name="filter">What to read, besides the subject and the activities the reader may not see.</param>
    /// <param name="subject">The subject whose records are read, with the identifier in the clear; null for a read by trace or activity.</param>
    /// <returns>The records, or null when the caller may not read them.</returns>
    public static async Task<IReadOnlyList<ProcessingRecord>?> ReadAsync(IServiceProvider services, ProcessingRecordFilter filter,
        (string IdType, string Id)? subject, CancellationToken cancellationToken)
    {
        var processing = services.GetRequiredService<RequestProcessing>();
        var hidden = HiddenActivities(processing, services.GetRequiredService<ActivityRegister>(), subject);
        if (hidden is null) return null;
        if (subject is var (idType, id))
            filter = filter with { DataSubjectId = services.GetRequiredService<RegistryProcessingLog>().Pseudonymiser.Pseudonymise(idType, id), DataSubjectIdType = idType };
        var records = await services.GetRequiredService<ProcessingLogStore>().ReadAsync(filter with { HiddenActivities = hidden }, cancellationToken);
        // BSN is the one identifier the registries log subjects by.
        if (subject is (DataSubjects.Bsn, var bsn)) processing.Subjects.Add(DataSubjects.Bsn, bsn);
        return records;
    }

    /// <summary>The activities this reader must not see; null when it may not read these records at all (a data subject
    /// reads their own records only, so the read must name them).</summary>
    private static IReadOnlySet<string>? HiddenActivities(RequestProcessing processing, ActivityRegister register, (string IdType, string Id)? subject)
        => processing.Caller.Activity.ProcessingLogAccess switch
        {
            ProcessingLogAccess.AllRecords => new HashSet<string>(),
            ProcessingLogAccess.OwnRecords when subject is (DataSubjects.Bsn, var bsn) && processing.Caller.Caller.User == bsn
                => register.Activities.Where(a => a.Confidential).Select(a => a.Id).ToHashSet(StringComparer.Ordinal),
            _ => null,
        };
}
