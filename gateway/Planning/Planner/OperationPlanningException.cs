namespace FederatedGraph.Gateway.Planning.Planner;

/// <summary>An operation the planner cannot plan; <see cref="Code"/> becomes the GraphQL error's <c>extensions.code</c>.</summary>
public sealed class OperationPlanningException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>The <c>extensions.code</c> values of planning errors.</summary>
public static class PlanningErrorCodes
{
    /// <summary>The document has no operation of that name, or several operations and no name.</summary>
    public const string UnknownOperation = "UNKNOWN_OPERATION";

    /// <summary>Introspection (<c>__schema</c>, <c>__type</c>) mixed with data fields: the host answers introspection alone.</summary>
    public const string IntrospectionMixed = "INTROSPECTION_MIXED";

    /// <summary>A client alias starts with the prefix the gateway reserves for its own fields.</summary>
    public const string ReservedAlias = "RESERVED_ALIAS";

    /// <summary>No source schema can resolve a field from where the operation reaches it.</summary>
    public const string CannotPlan = "CANNOT_PLAN";
}
