using GraphQL;
using GraphQLParser.AST;

namespace FederatedGraph.Gateway;

/// <summary>Answers introspection operations with GraphQL.NET over the public schema, which has nothing to hide.</summary>
public sealed class IntrospectionExecutor(PublicSchema schema)
{
    private readonly DocumentExecuter _executer = new();

    public Task<ExecutionResult> ExecuteAsync(GraphQLDocument document, string? operationName, Inputs variables,
        IServiceProvider requestServices, CancellationToken cancellationToken)
        => _executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema.Schema,
            Document = document,
            OperationName = operationName,
            Variables = variables,
            RequestServices = requestServices,
            CancellationToken = cancellationToken,
            // The preparer validated the whole operation. Checking the introspection part of a mixed operation
            // again would find its variables and fragments unused, as the registry fields now use them.
            ValidationRules = [],
            ThrowOnUnhandledException = true,
        });
}
