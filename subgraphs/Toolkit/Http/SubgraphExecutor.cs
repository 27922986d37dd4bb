using System.Text.Json;
using FederatedGraph.Caching;
using FederatedGraph.Authorization;
using FederatedGraph.GraphQLOverHttp;
using FederatedGraph.Security;
using FederatedGraph.Subgraphs.Toolkit.ApolloFederation;
using FederatedGraph.Subgraphs.Toolkit.Schema;
using FederatedGraph.Subgraphs.Toolkit.Batching;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQLParser.AST;
using Microsoft.Extensions.Logging;

namespace FederatedGraph.Subgraphs.Toolkit.Http;

/// <summary>
/// Executes the request objects of one HTTP request against the subgraph schema. All executions
/// share one <see cref="BatchScheduler"/>, so a variable batch of N entity lookups is one fetch per loader.
/// </summary>
public sealed class SubgraphExecutor(
    ISchema schema,
    IDocumentExecuter executer,
    IGraphQLSerializer serializer,
    SubgraphLimits limits,
    ILogger<SubgraphExecutor> logger)
{
    // @require arguments may be left out: an Apollo gateway passes their values in the entities' representations.
    private readonly IValidationRule[] _validationRules =
        [.. DocumentValidator.CoreRules.Where(rule => rule is not ProvidedNonNullArguments), ProvidedArgumentsRule.Instance,
         KnownOperationTypesRule.Instance, new OperationSizeRule(limits)];

    // Documents that passed validation, by text: the gateway sends the same few documents over and over, and
    // validating one cost about as much CPU as executing it. Variables are still coerced on every execution.
    private readonly LruCache<string, GraphQLDocument> _validDocuments = new(1024);

    // What each operation uses, found once per document and operation name; the verdict per permission is kept with it.
    private readonly LruCache<(string Query, string? OperationName), OperationCoordinates> _coordinates = new(1024);

    /// <summary>One execution's result, with the indexes that place it in a batch response.</summary>
    public sealed record Outcome(ExecutionResult Result, int? RequestIndex, int? VariableIndex);

    /// <summary>Runs every execution of the payload for an admitted caller. Throws <see cref="GraphQLRequestException"/> (403)
    /// before anything executes when any request object uses a field or argument the caller's purpose does not allow.</summary>
    public async Task<Outcome[]> ExecuteAsync(GraphQLHttpPayload payload, AdmittedCaller caller, IServiceProvider requestServices, CancellationToken cancellationToken)
    {
        var scheduler = (BatchScheduler?)requestServices.GetService(typeof(BatchScheduler)) ?? new BatchScheduler();
        var executions = new List<Func<Task<Outcome>>>();
        for (var r = 0; r < payload.Requests.Count; r++)
        {
            var request = payload.Requests[r];
            var known = _validDocuments.TryGet(request.Query, out var document);
            ExecutionResult? refused = null;
            if (!known) (document, refused) = Parse(request.Query);
            if (document is not null) Authorise(request, document, caller);
            int? requestIndex = payload.IsRequestBatch ? r : null;
            for (var v = 0; v < request.VariableSets.Count; v++)
            {
                int? variableIndex = request.IsVariableBatch ? v : null;
                var variables = request.VariableSets[v];
                executions.Add(async () => new Outcome(
                    refused ?? await ExecuteOneAsync(request, document, known, variables, requestServices, cancellationToken),
                    requestIndex, variableIndex));
            }
        }
        return await scheduler.RunAllAsync(executions);
    }

    private async Task<ExecutionResult> ExecuteOneAsync(
        GraphQLRequest request, GraphQLDocument? document, bool known, JsonElement? variables, IServiceProvider services, CancellationToken cancellationToken)
    {
        Inputs inputs;
        try
        {
            inputs = variables is null ? Inputs.Empty : serializer.ReadNode<Inputs>(variables.Value) ?? Inputs.Empty;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            return new ExecutionResult { Errors = [new ExecutionError($"The variables could not be read: {exception.Message}") { Code = GraphQLHttpErrorCodes.MalformedRequest }] };
        }

        var options = new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = inputs,
            Extensions = request.Extensions is null ? Inputs.Empty : serializer.ReadNode<Inputs>(request.Extensions.Value) ?? Inputs.Empty,
            RequestServices = services,
            CancellationToken = cancellationToken,
            // Without rules GraphQL.NET still coerces the variables and arguments, which is all a known document needs.
            ValidationRules = known ? [] : _validationRules,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = context =>
            {
                // Log the cause; the client gets a generic message and a code, never internals.
                logger.LogError(context.OriginalException, "Unhandled error while resolving {Field}", context.FieldContext?.FieldDefinition.Name);
                context.ErrorMessage = "An internal error occurred while resolving this field.";
                context.Exception = new ExecutionError(context.ErrorMessage) { Code = ErrorCodes.InternalError };
                return Task.CompletedTask;
            },
        };
        var result = await executer.ExecuteAsync(options);
        // Executed means the document passed validation (an unknown operation name or bad variables stop it before).
        if (!known && result.Executed && document is not null) _validDocuments.Add(request.Query, document);
        return result;
    }

    /// <summary>Refuses the whole request when the operation asks what the purpose does not allow. Lookups are judged by
    /// what they return, since the gateway calls them on a caller's behalf, and <c>@require</c> arguments are the gateway's.
    /// So is the Apollo protocol: <c>_entities</c> by the entity fields selected in it, and <c>_service</c> is the schema,
    /// which any admitted caller may read (as <c>/graphql/schema.graphqls</c>).
    /// A document whose operation cannot be selected is left to the executer, which reports it.</summary>
    private void Authorise(GraphQLRequest request, GraphQLDocument document, AdmittedCaller caller)
    {
        if (!_coordinates.TryGet((request.Query, request.OperationName), out var coordinates))
        {
            if (OperationSelection.Select(document, request.OperationName) is not { } operation) return;
            coordinates = OperationCoordinateCollector.Collect(schema, document, operation,
                judgedByResult: field => field.IsLookup() || ApolloSubgraphFields.IsProtocolField(field), suppliedByGateway: argument => argument.IsRequired());
            _coordinates.Add((request.Query, request.OperationName), coordinates);
        }
        CallerGate.Authorise(coordinates, caller);
    }

    /// <summary>Parses once per request object, so a variable batch does not parse N times.
    /// A document that does not parse is left to the executer, which reports the syntax error with its location,
    /// except one nesting deeper than the parser goes: GraphQL.NET would report that as an internal error.</summary>
    private static (GraphQLDocument? Document, ExecutionResult? Refused) Parse(string query)
    {
        try
        {
            return (GraphQLParser.Parser.Parse(query, new GraphQLParser.ParserOptions { Ignore = GraphQLParser.IgnoreOptions.Comments }), null);
        }
        catch (GraphQLParser.Exceptions.GraphQLMaxDepthExceededException)
        {
            return (null, new ExecutionResult
            {
                Errors = [new ExecutionError("The query nests deeper than the parser's limit.") { Code = ErrorCodes.MaxDepthExceeded }],
            });
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return (null, null);
        }
    }
}
