using System.Diagnostics;
using System.Text.Json;
using FederatedGraph.Gateway.Execution;
using FederatedGraph.Gateway.Execution.Telemetry;
using FederatedGraph.GraphQLOverHttp;
using FederatedGraph.ProcessingLog;
using FederatedGraph.Security;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
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

    /// <summary>Every response names the gateway's server span, so a client can find its request in the traces.</summary>
    public const string TraceparentHeader = "traceparent";

    public static async Task HandleAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var services = http.RequestServices;
        var writer = services.GetRequiredService<GatewayResponseWriter>();
        // The gateway's own server span: it continues the client's trace when the client sent a valid traceparent.
        var span = http.Features.Get<IHttpActivityFeature>()?.Activity;
        if (span is not null) http.Response.Headers[TraceparentHeader] = span.Id;
        string? operationName = null;
        var anonymous = false;
        var outcome = RequestOutcome.Cancelled;
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
            operationName = operation.Operation.Name?.StringValue;
            anonymous = operationName is null;
            if (span is { IsAllDataRequested: true })
            {
                span.SetTag(GatewayTelemetry.OperationTypeTag, operation.Operation.Operation switch
                {
                    OperationType.Mutation => "mutation",
                    OperationType.Subscription => "subscription",
                    _ => "query",
                });
                if (operationName is not null) span.SetTag(GatewayTelemetry.OperationNameTag, operationName);
            }
            // Every field and argument against the purpose's authorisation, before anything is planned or fetched.
            CallerGate.Authorise(operation.Coordinates, caller);
            CallerSchemaFilter.Use(caller.Permission);
            var (introspectionPart, dataPart, responseNames) = operation.Parts;
            var introspection = introspectionPart is null ? null : await services.GetRequiredService<IntrospectionExecutor>().ExecuteAsync(
                introspectionPart, request.OperationName, operation.Inputs, services, http.RequestAborted);
            if (dataPart is null)
            {
                await writer.WriteIntrospectionAsync(http, introspection!);
                outcome = !introspection!.Executed ? RequestOutcome.Rejected : introspection.Errors is { Count: > 0 } ? RequestOutcome.Partial : RequestOutcome.Success;
                return;
            }

            using var result = await services.GetRequiredService<IGatewayExecutor>().ExecuteAsync(
                new GatewayRequest(dataPart, request.OperationName, operation.CoercedVariables,
                    services.GetRequiredService<ForwardedHeaders>().Select(http.Request.Headers, caller.Activity.Id),
                    IncludePlan(http.Request, request.Extensions)),
                http.RequestAborted);
            // The gateway's record holds no personal data, so it is written right after the answer, off the request's
            // path; the registries, whose records name the data subjects, wrote theirs before they answered.
            var log = services.GetRequiredService<GatewayProcessingLog>();
            var status = GatewayProcessingLog.StatusOf(result);
            var operationLabel = request.OperationName ?? "anonymous operation";
            http.Response.OnCompleted(() => log.RecordAfterAnswerAsync(caller, processing, operationLabel, status));
            if (introspection is null) await writer.WriteResultAsync(http, result);
            else await writer.WriteCombinedAsync(http, introspection, result, responseNames);
            outcome = result.Outcome;
        }
        catch (GraphQLRequestException refused)
        {
            outcome = refused.StatusCode is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden ? RequestOutcome.Refused : RequestOutcome.Rejected;
            await writer.WriteRefusedAsync(http, refused);
        }
        catch (OperationRejectedException rejected)
        {
            outcome = RequestOutcome.Rejected;
            await writer.WriteRejectedAsync(http, rejected.Errors);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody reads an answer.
        }
        catch (Exception exception)
        {
            outcome = RequestOutcome.Error;
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GatewayEndpoint))
                .LogError(exception, "Unhandled error in trace {TraceId}", span?.TraceId.ToHexString());
            if (!http.Response.HasStarted) await writer.WriteInternalErrorAsync(http);
        }
        finally
        {
            GatewayTelemetry.RecordRequest(Stopwatch.GetElapsedTime(started), operationName, anonymous, outcome);
        }
    }

    /// <summary>The operation plan is added to the response when the client asks with the header or the request extension.</summary>
    private static bool IncludePlan(HttpRequest request, JsonElement? extensions)
        => string.Equals(request.Headers[QueryPlanHeader].ToString(), "true", StringComparison.OrdinalIgnoreCase)
           || (extensions is { ValueKind: JsonValueKind.Object } e
               && e.TryGetProperty("includePlan", out var includePlan)
               && includePlan.ValueKind == JsonValueKind.True);
}
