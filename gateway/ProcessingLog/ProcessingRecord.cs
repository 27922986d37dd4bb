namespace FederatedGraph.ProcessingLog;

/// <summary>
/// One record of the Logboek Dataverwerkingen: one action on the personal data of at most one data subject. The names
/// follow the LDV specification: <c>trace_id</c>, <c>span_id</c>, <c>parent_span_id</c>, <c>name</c>, <c>start_time</c>,
/// <c>end_time</c>, <c>status</c> and the <c>dpl.core.*</c> attributes.
/// </summary>
public sealed class ProcessingRecord
{
    /// <summary>W3C trace id, 32 lower-case hex digits: the same at the gateway and every registry of one request.</summary>
    public required string TraceId { get; init; }

    /// <summary>This action's own span id, 16 hex digits. Each data subject of a request gets a child span of its own,
    /// as LDV asks when one action concerns several subjects.</summary>
    public required string SpanId { get; init; }

    /// <summary>The span of the action that caused this one; null for a trace this process started.</summary>
    public string? ParentSpanId { get; init; }

    /// <summary>What was done, readable: the process and the GraphQL operation.</summary>
    public required string Name { get; init; }

    public required DateTime StartTime { get; init; }

    public required DateTime EndTime { get; init; }

    public required ProcessingStatus Status { get; init; }

    /// <summary><c>dpl.core.processing_activity_id</c>: the activity's URI in the register.</summary>
    public required string ProcessingActivityId { get; init; }

    /// <summary>The register's version of the activity at the time of processing.</summary>
    public required string ProcessingActivityVersion { get; init; }

    /// <summary><c>dpl.core.data_subject_id</c>: the keyed hash of the subject's identifier, never the identifier itself.
    /// Null in a record without personal data (the gateway's own).</summary>
    public string? DataSubjectId { get; init; }

    /// <summary><c>dpl.core.data_subject_id_type</c>, e.g. <c>BSN</c>.</summary>
    public string? DataSubjectIdType { get; init; }

    /// <summary>The calling organisation's OIN: with <see cref="ProcessorApplication"/> the
    /// <c>dpl.core.foreign_operation.processor</c>.</summary>
    public required string ProcessorOrganisation { get; init; }

    /// <summary>The calling application's client id.</summary>
    public required string ProcessorApplication { get; init; }

    /// <summary>The keyed hash of the user who asked, where a person (not an application) asked. LDV keeps user
    /// identities out of the registries' records; the gateway, which answers the caller, keeps this one.</summary>
    public string? UserPseudonym { get; init; }

    /// <summary>The process that wrote the record: the registry's name, or <c>gateway</c>.</summary>
    public required string Source { get; init; }

    /// <summary><c>dpl.core.foreign_operation.processor</c>: the calling application as a URN of its organisation's OIN.</summary>
    public string Processor => ProcessorUrn(ProcessorOrganisation, ProcessorApplication);

    public static string ProcessorUrn(string organisation, string application) => $"urn:oin:{organisation}:{application}";
}

/// <summary>LDV's status of an action: <c>Ok</c> when it completed, <c>Error</c> on an internal or technical failure,
/// <c>Unset</c> when it completed without saying more (for example on invalid input).</summary>
public enum ProcessingStatus
{
    Unset,
    Ok,
    Error,
}
