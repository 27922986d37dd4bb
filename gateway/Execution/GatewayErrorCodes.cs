namespace FederatedGraph.Gateway.Execution;

/// <summary>The <c>extensions.code</c> values the executor gives its own errors (planning codes are in <c>PlanningErrorCodes</c>).</summary>
public static class GatewayErrorCodes
{
    /// <summary>The plan needs more fetches than <see cref="GatewayExecutionOptions.MaxFetchesPerOperation"/>; nothing was fetched.</summary>
    public const string FetchLimitExceeded = "FETCH_LIMIT_EXCEEDED";

    /// <summary>The source schema could not be reached (connection refused, no URL configured).</summary>
    public const string SubgraphUnavailable = "SUBGRAPH_UNAVAILABLE";

    /// <summary>The source schema did not answer within <see cref="GatewayExecutionOptions.SubgraphTimeout"/>.</summary>
    public const string SubgraphTimeout = "SUBGRAPH_TIMEOUT";

    /// <summary>The source schema answered with a non-2xx status, malformed JSON or a result of the wrong shape.</summary>
    public const string SubgraphBadResponse = "SUBGRAPH_BAD_RESPONSE";

    /// <summary>A source schema reported an error without a code of its own.</summary>
    public const string SubgraphError = "SUBGRAPH_ERROR";

    /// <summary>A non-null field has no value and no other error explains why.</summary>
    public const string NonNullViolation = "NON_NULL_VIOLATION";

    /// <summary>The client went away before the operation finished.</summary>
    public const string RequestCancelled = "REQUEST_CANCELLED";

    /// <summary>A fault in the gateway itself.</summary>
    public const string InternalError = "INTERNAL_ERROR";

    /// <summary>A source schema answered an enum value the public schema does not have (an <c>@inaccessible</c> one, or one only that source schema knows).</summary>
    public const string UnknownEnumValue = "UNKNOWN_ENUM_VALUE";

    /// <summary>An object in an abstract position has no object type clients may see: it could not be found where the implementations are known, or its type is <c>@inaccessible</c>.</summary>
    public const string UnknownObjectType = "UNKNOWN_OBJECT_TYPE";
}
