using FederatedGraph.GraphQLOverHttp;
using FederatedGraph.Security;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

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
            var caller = await services.GetRequiredService<ICallerGate>().AdmitAsync(http);
            payload = await services.GetRequiredService<GraphQLRequestReader>().ReadAsync(http.Request, http.RequestAborted);
            if (HttpMethods.IsGet(http.Request.Method) && SelectsMutation(payload.Requests[0]))
                throw new GraphQLRequestException(StatusCodes.Status405MethodNotAllowed, GraphQLHttpErrorCodes.MethodNotAllowed,
                    "Mutations must be sent with POST.");
            CallerSchemaFilter.Use(caller.Permission);
            outcomes = await services.GetRequiredService<SubgraphExecutor>().ExecuteAsync(payload, caller, services, http.RequestAborted);
        }
        catch (GraphQLRequestException refused)
        {
            await writer.WriteRefusedAsync(http, refused);
            return;
        }
        await writer.WriteAsync(http, payload, outcomes);
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
