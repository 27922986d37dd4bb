using System.Text.Json;
using FederatedGraph.Gateway.Execution;
using FederatedGraph.GraphQLOverHttp;
using FederatedGraph.ProcessingLog;
using FederatedGraph.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FederatedGraph.Gateway;

/// <summary>
/// /graphql: read the HTTP request, prepare the operation against the public schema, then answer
/// introspection here and hand everything else to the executor. No exception leaves as a 500.
/// </summary>
public static class GatewayEndpoint
{
    public const string QueryPlanHeader = "X-Query-Plan";

    public static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var writer = services.GetRequiredService<GatewayResponseWriter>();
        var trace = TraceContext.From(
            http.Request.Headers[TraceContext.TraceparentHeader].FirstOrDefault(),
            http.Request.Headers[TraceContext.TracestateHeader].ToString());
        http.Response.Headers[TraceContext.TraceparentHeader] = trace.Traceparent;
        try
        {
            // Who asks, and for which purpose, before anything of the request is read.
            var caller = await services.GetRequiredService<ICallerGate>().AdmitAsync(http);
            var processing = ProcessingTrace.Of(http.Request.Headers.TraceParent, services.GetRequiredService<TimeProvider>());
            var payload = await services.GetRequiredService<GraphQLRequestReader>().ReadAsync(http.Request, http.RequestAborted);
            if (payload.IsBatch)
                throw new GraphQLRequestException(StatusCodes.Status400BadRequest, RequestErrorCodes.BatchingNotSupported,
                    "The gateway takes one request object with one variables map per HTTP request.");
            var request = services.GetRequiredService<TrustedDocuments>().Resolve(payload.Requests[0], caller);

            var operation = await services.GetRequiredService<OperationPreparer>().PrepareAsync(
                request, HttpMethods.IsGet(http.Request.Method), http.RequestAborted);
            // Every field and argument against the purpose's authorisation, before anything is planned or fetched.
            CallerGate.Authorise(operation.Coordinates, caller);
            CallerSchemaFilter.Use(caller.Permission);
            var (introspectionPart, dataPart, responseNames) = operation.Parts;
            var introspection = introspectionPart is null ? null : await services.GetRequiredService<IntrospectionExecutor>().ExecuteAsync(
                introspectionPart, request.OperationName, operation.Inputs, services, http.RequestAborted);
            if (dataPart is null)
            {
                await writer.WriteIntrospectionAsync(http, introspection!);
                return;
            }

            using var result = await services.GetRequiredService<IGatewayExecutor>().ExecuteAsync(
                new GatewayRequest(dataPart, request.OperationName, operation.CoercedVariables,
                    services.GetRequiredService<ForwardedHeaders>().Select(http.Request.Headers, trace, caller.Activity.Id),
                    IncludePlan(http.Request, request.Extensions)),
                http.RequestAborted);
            // Logged before the answer leaves: without the record there is no answer.
            await LogProcessingAsync(services, caller, processing, request.OperationName, result, http.RequestAborted);
            if (introspection is null) await writer.WriteResultAsync(http, result);
            else await writer.WriteCombinedAsync(http, introspection, result, responseNames);
        }
        catch (GraphQLRequestException refused)
        {
            await writer.WriteRefusedAsync(http, refused);
        }
        catch (OperationRejectedException rejected)
        {
            await writer.WriteRejectedAsync(http, rejected.Errors);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody reads an answer.
        }
        catch (Exception exception)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GatewayEndpoint))
                .LogError(exception, "Unhandled error for trace {Traceparent}", trace.Traceparent);
            if (!http.Response.HasStarted) await writer.WriteInternalErrorAsync(http);
        }
    }

    private static async Task LogProcessingAsync(IServiceProvider services, AdmittedCaller caller, ProcessingTrace trace, string? operationName,
        IGatewayResult result, CancellationToken cancellationToken)
    {
        try
        {
            await services.GetRequiredService<GatewayProcessingLog>().RecordAsync(caller, trace, operationName ?? "anonymous operation", result, cancellationToken);
        }
        catch (ProcessingLogUnavailableException exception)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GatewayEndpoint))
                .LogError(exception.InnerException, "The processing log could not be written for trace {TraceId}; the answer is refused", trace.TraceId);
            throw new GraphQLRequestException(StatusCodes.Status503ServiceUnavailable, ProcessingLogErrorCodes.Unavailable,
                "The processing could not be logged, so its answer is not handed out. Try again later.");
        }
    }

    /// <summary>The operation plan is added to the response when the client asks with the header or the request extension.</summary>
    private static bool IncludePlan(HttpRequest request, JsonElement? extensions)
        => string.Equals(request.Headers[QueryPlanHeader].ToString(), "true", StringComparison.OrdinalIgnoreCase)
           || (extensions is { ValueKind: JsonValueKind.Object } e
               && e.TryGetProperty("includePlan", out var includePlan)
               && includePlan.ValueKind == JsonValueKind.True);
}
