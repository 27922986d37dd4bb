using FederatedGraph.ProcessingLog;
using FederatedGraph.Security;

namespace FederatedGraph.Subgraphs.Toolkit.ProcessingLog;

/// <summary>One HTTP request's processing, per request scope: who asked for which purpose, where it sits in its trace,
/// and the data subjects its answers concern. The endpoint begins it once the caller is admitted.</summary>
public sealed class RequestProcessing
{
    private AdmittedCaller? _caller;
    private ProcessingTrace? _trace;

    public AdmittedCaller Caller => _caller ?? throw new InvalidOperationException("The request's caller has not been admitted.");

    public ProcessingTrace Trace => _trace ?? throw new InvalidOperationException("The request's processing has not begun.");

    public ProcessedSubjects Subjects { get; } = new();

    public void Begin(AdmittedCaller caller, ProcessingTrace trace)
    {
        _caller = caller;
        _trace = trace;
    }
}
