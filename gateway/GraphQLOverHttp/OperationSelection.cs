using GraphQLParser.AST;

namespace FederatedGraph.GraphQLOverHttp;

/// <summary>Which operation of a document a request executes, by the spec's rule: the one named, or the only one.</summary>
public static class OperationSelection
{
    /// <summary>The selected operation; null when the name matches none, or none is named in a document of several.</summary>
    public static GraphQLOperationDefinition? Select(GraphQLDocument document, string? operationName)
    {
        GraphQLOperationDefinition? only = null;
        var count = 0;
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            if (operationName is not null && operation.Name?.StringValue == operationName) return operation;
            only = operation;
            count++;
        }
        return operationName is null && count == 1 ? only : null;
    }
}
