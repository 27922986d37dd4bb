using FederatedGraph.GraphQLOverHttp;
using GraphQLParser.AST;

namespace FederatedGraph.Gateway;

/// <summary>
/// Refuses operations that ask too much before they are validated or planned: too deep, too many aliases or
/// too many root fields (measured by <see cref="OperationSize"/>).
/// </summary>
public sealed class OperationLimits(GatewayLimits limits)
{
    public void Check(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var size = OperationSize.Of(document, operation);
        var location = ErrorLocation.Of(document, operation);
        if (size.Depth > limits.MaxDepth)
            throw Rejected(RequestErrorCodes.MaxDepthExceeded, $"The operation nests {size.Depth} levels deep; the limit is {limits.MaxDepth}.", location);
        if (size.Aliases > limits.MaxAliases)
            throw Rejected(RequestErrorCodes.MaxAliasesExceeded, $"The operation uses {size.Aliases} aliases; the limit is {limits.MaxAliases}.", location);
        if (size.RootFields > limits.MaxRootFields)
            throw Rejected(RequestErrorCodes.MaxRootFieldsExceeded, $"The operation selects {size.RootFields} root fields; the limit is {limits.MaxRootFields}.", location);
    }

    private static OperationRejectedException Rejected(string code, string message, ErrorLocation location)
        => new(new RequestError(message, code, [location]));
}
