namespace FederatedGraph.Subgraphs.Toolkit;

/// <summary>
/// The <c>extensions.code</c> values the toolkit puts on errors it raises itself.
/// Errors from GraphQL.NET's own parser and validator keep GraphQL.NET's codes; requests refused on the
/// wire carry <see cref="FederatedGraph.GraphQLOverHttp.GraphQLHttpErrorCodes"/>.
/// </summary>
public static class ErrorCodes
{
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string InvalidPagingArguments = "INVALID_PAGING_ARGUMENTS";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidFilter = "INVALID_FILTER";
    public const string InvalidSort = "INVALID_SORT";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string InternalError = "INTERNAL_ERROR";
    public const string InvalidBsn = "INVALID_BSN";
}
