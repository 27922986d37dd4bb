using GraphQL.Validation;
using GraphQLParser.AST;

namespace FederatedGraph.GraphQLOverHttp;

/// <summary>
/// Refuses a mutation or subscription on a schema without that root type (the spec's "Operation Type Existence",
/// graphql-js's KnownOperationTypesRule). GraphQL.NET only notices during execution, and a planner not at all: as a
/// validation rule it is a request error with a location, the same at the gateway and at the registries.
/// </summary>
public sealed class KnownOperationTypesRule : ValidationRuleBase
{
    public const string Code = "KNOWN_OPERATION_TYPES";

    public static readonly KnownOperationTypesRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        => new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
        {
            var rootType = operation.Operation switch
            {
                OperationType.Mutation => ctx.Schema.Mutation,
                OperationType.Subscription => ctx.Schema.Subscription,
                _ => ctx.Schema.Query,
            };
            if (rootType is not null) return;
            var kind = operation.Operation.ToString().ToLowerInvariant();
            ctx.ReportError(new ValidationError(ctx.Document.Source, null,
                $"The schema has no {kind} type, so it does not support {kind} operations.", operation)
            {
                Code = Code,
            });
        }));
}
