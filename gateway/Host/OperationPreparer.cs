using System.Text;
using System.Text.Json;
using FederatedGraph.Authorization;
using FederatedGraph.Caching;
using FederatedGraph.GraphQLOverHttp;
using FederatedGraph.Security;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;

namespace FederatedGraph.Gateway;

/// <summary>
/// Takes one GraphQL request from text to an executable operation: size limit, parse, operation selection,
/// the GET-is-read-only rule, operation limits, then validation and variable coercion against the public
/// schema. Whatever fails is thrown as <see cref="OperationRejectedException"/> (or <see cref="GraphQLRequestException"/>
/// for the HTTP-level 405).
/// </summary>
public sealed class OperationPreparer(PublicSchema schema, GatewayLimits limits, IGraphQLTextSerializer serializer)
{
    /// <summary>The parser's own recursion limit (its default, in AST levels) guards it before <see cref="OperationLimits"/> can run.</summary>
    private static readonly GraphQLParser.ParserOptions ParserOptions = new() { Ignore = GraphQLParser.IgnoreOptions.Comments, MaxDepth = 128 };

    private static readonly IValidationRule[] ValidationRules = [.. DocumentValidator.CoreRules, KnownOperationTypesRule.Instance];

    private readonly OperationLimits _operationLimits = new(limits);
    private readonly DocumentValidator _validator = new();

    // Documents that passed the limits and the validation rules, by text and operation name: a client sends the
    // same few operations again and again, and only their variables need checking each time.
    private readonly LruCache<(string Query, string? OperationName), ValidOperation> _validOperations = new(1024);

    /// <summary>Prepares a request that is no batch, so it holds exactly one variables map.</summary>
    public async Task<PreparedOperation> PrepareAsync(GraphQLRequest request, bool isGet, CancellationToken cancellationToken)
    {
        if (Encoding.UTF8.GetByteCount(request.Query) > limits.MaxDocumentBytes)
            throw new OperationRejectedException(new RequestError(
                $"The query is larger than {limits.MaxDocumentBytes} bytes.", RequestErrorCodes.DocumentTooLarge));

        GraphQLDocument document;
        GraphQLOperationDefinition operation;
        var known = _validOperations.TryGet((request.Query, request.OperationName), out var valid);
        if (known) (document, operation) = (valid.Document, valid.Operation);
        else
        {
            document = Parse(request.Query);
            operation = SelectOperation(document, request.OperationName);
        }
        if (isGet && operation.Operation != OperationType.Query)
            throw new GraphQLRequestException(StatusCodes.Status405MethodNotAllowed, GraphQLHttpErrorCodes.MethodNotAllowed,
                "Only queries may be sent with GET; use POST.");
        if (!known) _operationLimits.Check(document, operation);
        else if (valid.Plain is { } plain && plain.TryCoerce(request.VariableSets[0], out var coerced))
            return new PreparedOperation(document, operation, Inputs.Empty, coerced, valid.Parts, valid.Coordinates);

        var inputs = ReadInputs(request.VariableSets[0]);
        var validation = await _validator.ValidateAsync(new ValidationOptions
        {
            Schema = schema.Schema,
            Document = document,
            Operation = operation,
            // Without rules GraphQL.NET still coerces the variables, which is all a known document needs.
            Rules = known ? [] : ValidationRules,
            Variables = inputs,
            Extensions = Inputs.Empty,
            CancellationToken = cancellationToken,
        });
        if (!validation.IsValid)
            throw new OperationRejectedException(validation.Errors.Select(ToGatewayError).ToList());
        if (!known)
        {
            var parts = IntrospectionSelection.Split(document, operation);
            // Introspection is answered by GraphQL.NET, which needs the variables as Inputs: it takes the long way.
            valid = new ValidOperation(document, operation, parts, parts.Introspection is null ? PlainVariables.Of(operation) : null,
                OperationCoordinateCollector.Collect(schema.Schema, document, operation));
            _validOperations.Add((request.Query, request.OperationName), valid);
        }

        return new PreparedOperation(document, operation, inputs,
            CoercedVariablesJson.Write(validation.Variables, schema.Schema), valid.Parts, valid.Coordinates);
    }

    /// <summary>A document that passed the limits and validation, with what the executor and the authorisation check
    /// need of it every time: its parts, its plain variables, and the fields and arguments it uses.</summary>
    private sealed record ValidOperation(GraphQLDocument Document, GraphQLOperationDefinition Operation, OperationParts Parts, PlainVariables? Plain,
        OperationCoordinates Coordinates);

    private static GraphQLDocument Parse(string query)
    {
        try
        {
            return GraphQLParser.Parser.Parse(query, ParserOptions);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw new OperationRejectedException(new RequestError(
                $"The query nests deeper than the parser's limit of {ParserOptions.MaxDepth} syntax levels.", RequestErrorCodes.MaxDepthExceeded));
        }
        catch (GraphQLParserException exception)
        {
            throw new OperationRejectedException(new RequestError(
                $"Syntax error: {exception.Description}", RequestErrorCodes.SyntaxError,
                [new ErrorLocation(exception.Location.Line, exception.Location.Column)]));
        }
    }

    private static GraphQLOperationDefinition SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operationName is not null)
            return operations.FirstOrDefault(o => o.Name?.StringValue == operationName)
                ?? throw new OperationRejectedException(new RequestError(
                    $"The document has no operation named '{operationName}'.", RequestErrorCodes.OperationNotFound));
        return operations.Count switch
        {
            1 => operations[0],
            0 => throw new OperationRejectedException(new RequestError(
                "The document has no operation.", RequestErrorCodes.OperationNotFound)),
            _ => throw new OperationRejectedException(new RequestError(
                "The document has more than one operation: name the one to execute in 'operationName'.", RequestErrorCodes.OperationNameRequired)),
        };
    }

    private Inputs ReadInputs(JsonElement? variables)
    {
        if (variables is null) return Inputs.Empty;
        try
        {
            return serializer.ReadNode<Inputs>(variables.Value) ?? Inputs.Empty;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            throw new OperationRejectedException(new RequestError(
                $"The variables could not be read: {exception.Message}", GraphQLHttpErrorCodes.MalformedRequest));
        }
    }

    private static RequestError ToGatewayError(ExecutionError error)
        => new(error.Message, error.Code ?? "VALIDATION_ERROR",
            error.Locations?.Select(l => new ErrorLocation(l.Line, l.Column)).ToList());
}
