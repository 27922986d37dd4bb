namespace FederatedGraph.Gateway;

/// <summary>
/// The <c>extensions.code</c> values the gateway host puts on errors it raises itself. Wire errors carry
/// <see cref="GraphQLOverHttp.GraphQLHttpErrorCodes"/>; validation errors keep GraphQL.NET's codes.
/// </summary>
public static class RequestErrorCodes
{
    public const string SyntaxError = "SYNTAX_ERROR";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string MaxRootFieldsExceeded = "MAX_ROOT_FIELDS_EXCEEDED";
    public const string OperationNotFound = "OPERATION_NOT_FOUND";
    public const string OperationNameRequired = "OPERATION_NAME_REQUIRED";
    public const string BatchingNotSupported = "BATCHING_NOT_SUPPORTED";
    public const string InternalError = "INTERNAL_ERROR";
}
