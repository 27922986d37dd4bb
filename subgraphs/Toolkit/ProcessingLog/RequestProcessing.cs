using FederatedGraph.ProcessingLog;
using FederatedGraph.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Toolkit.ProcessingLog;

/// <summary>One HTTP request's processing, per request scope: who asked for which purpose, where it sits in its trace,
/// and the data subjects its answers concern.</summary>
public sealed class RequestProcessing
{
    private AdmittedCaller? _caller;
    private ProcessingTrace? _trace;

    public AdmittedCaller Caller => _caller ?? throw new InvalidOperationException("The request's caller has not been admitted.");

    public ProcessingTrace Trace => _trace ?? throw new InvalidOperationException("The request's processing has not begun.");

    public ProcessedSubjects Subjects { get; } = new();

    /// <summary>Admits the caller (throwing <see cref="FederatedGraph.GraphQLOverHttp.GraphQLRequestException"/> on a refusal)
    /// and begins the request's processing: the first thing every registry endpoint that may hand out personal data does.</summary>
    public static async Task<RequestProcessing> BeginAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var caller = await services.GetRequiredService<ICallerGate>().AdmitAsync(http);
        var processing = services.GetRequiredService<RequestProcessing>();
        processing._caller = caller;
        processing._trace = ProcessingTrace.Of(http.Request.Headers.TraceParent, services.GetRequiredService<TimeProvider>());
        return processing;
    }
}
