using FederatedGraph.GraphQLOverHttp;
using FederatedGraph.ProcessingLog;
using FederatedGraph.Security;
using FederatedGraph.Subgraphs.Toolkit.ProcessingLog;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FederatedGraph.Subgraphs.Toolkit.Http;

/// <summary>Maps the GraphQL-over-HTTP endpoint of a subgraph.</summary>
public static class GraphQLEndpoint
{
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
        => endpoints.Map(pattern, HandleAsync);

    private static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var writer = services.GetRequiredService<GraphQLResponseWriter>();
        GraphQLHttpPayload payload;
        SubgraphExecutor.Outcome[] outcomes;
        try
        {
            // Who asks, and for which purpose, before anything of the request is read.
            var processing = await RequestProcessing.BeginAsync(http);
            var caller = processing.Caller;
            payload = await services.GetRequiredService<GraphQLRequestReader>().ReadAsync(http.Request, http.RequestAborted);
            if (HttpMethods.IsGet(http.Request.Method) && SelectsMutation(payload.Requests[0]))
                throw new GraphQLRequestException(StatusCodes.Status405MethodNotAllowed, GraphQLHttpErrorCodes.MethodNotAllowed,
                    "Mutations must be sent with POST.");
            CallerSchemaFilter.Use(caller.Permission);
            outcomes = await services.GetRequiredService<SubgraphExecutor>().ExecuteAsync(payload, caller, services, http.RequestAborted);
            // The processing is logged before anything of its answer leaves; without the log there is no answer.
            await LogProcessingAsync(http, processing, payload, outcomes);
        }
        catch (GraphQLRequestException refused)
        {
            await writer.WriteRefusedAsync(http, refused);
            return;
        }
        await writer.WriteAsync(http, payload, outcomes);
    }

    private static async Task LogProcessingAsync(HttpContext http, RequestProcessing processing, GraphQLHttpPayload payload, SubgraphExecutor.Outcome[] outcomes)
    {
        var operation = payload.Requests[0].OperationName ?? "anonymous operation";
        // LDV's Error is for internal failures only; an invalid argument still completed the processing.
        var status = outcomes.Any(o => o.Result.Errors?.Any(e => e.Code == ErrorCodes.InternalError) == true) ? ProcessingStatus.Error : ProcessingStatus.Ok;
        try
        {
            await http.RequestServices.GetRequiredService<RegistryProcessingLog>().RecordAsync(processing, operation, status, http.RequestAborted);
        }
        catch (ProcessingLogUnavailableException exception)
        {
            http.RequestServices.GetRequiredService<ILogger<RegistryProcessingLog>>().LogError(exception.InnerException,
                "The processing log could not be written for trace {TraceId}; the answer is refused", processing.Trace.TraceId);
            throw new GraphQLRequestException(StatusCodes.Status503ServiceUnavailable, ProcessingLogErrorCodes.Unavailable,
                "The processing of these personal data could not be logged, so they are not handed out. Try again later.");
        }
    }

    /// <summary>GET must not change state: find whether the selected operation is a mutation.</summary>
    private static bool SelectsMutation(GraphQLRequest request)
    {
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(request.Query);
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return false; // the executer reports the syntax error
        }
        return OperationSelection.Select(document, request.OperationName)?.Operation == OperationType.Mutation;
    }
}
