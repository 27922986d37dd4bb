using GraphQL;

namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>
/// The client errors of the data conventions. Thrown from resolvers as <see cref="ExecutionError"/>s,
/// so GraphQL.NET reports them with their message and <c>extensions.code</c> instead of as internal errors.
/// </summary>
internal static class DataErrors
{
    public static ExecutionError InvalidFilter(string message) => new(message) { Code = ErrorCodes.InvalidFilter };

    public static ExecutionError InvalidSort(string message) => new(message) { Code = ErrorCodes.InvalidSort };

    public static ExecutionError InvalidCursor(string argument)
        => new($"The cursor given in '{argument}' is not valid for this field.") { Code = ErrorCodes.InvalidCursor };

    public static ExecutionError InvalidPaging(string message) => new(message) { Code = ErrorCodes.InvalidPagingArguments };

    public static ExecutionError PageSizeExceeded(string argument, int requested, int maximum)
        => new($"The page size {requested} requested with '{argument}' exceeds the maximum page size of {maximum}.")
        {
            Code = ErrorCodes.PageSizeExceeded,
        };
}
