using FederatedGraph.Authorization;

namespace FederatedGraph.ProcessingLog;

/// <summary>
/// One action of a process for a caller (a GraphQL request at a registry or the gateway): what every record of it
/// shares, whichever data subject a record names.
/// </summary>
public sealed record ProcessingAction(string Source, string Operation, ProcessingTrace Trace, DateTime Ended, ProcessingStatus Status,
    ProcessingActivity Activity, ClientIdentity Processor)
{
    public ProcessingRecord Record(string spanId, string? parentSpanId, string? dataSubjectId = null, string? dataSubjectIdType = null,
        string? userPseudonym = null) => new()
    {
        TraceId = Trace.TraceId,
        SpanId = spanId,
        ParentSpanId = parentSpanId,
        Name = $"{Source}: {Operation}",
        StartTime = Trace.Started,
        EndTime = Ended,
        Status = Status,
        ProcessingActivityId = Activity.Id,
        ProcessingActivityVersion = Activity.Version,
        DataSubjectId = dataSubjectId,
        DataSubjectIdType = dataSubjectIdType,
        ProcessorOrganisation = Processor.Organisation,
        ProcessorApplication = Processor.Application,
        UserPseudonym = userPseudonym,
        Source = Source,
    };
}
