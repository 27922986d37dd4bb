using FederatedGraph.GraphQLOverHttp;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace FederatedGraph.Subgraphs.Toolkit.Http;

/// <summary>
/// Rejects operations whose selections nest deeper than the configured limit, so one request
/// cannot make the subgraph walk an unbounded graph (measured by <see cref="OperationSize"/>, as the gateway does:
/// introspection fields are not counted, and fragment chains cost linear work).
/// </summary>
public sealed class MaxDepthRule(int maxDepth) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        => new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
        {
            if (ctx.Operation != operation) return;
            var depth = OperationSize.Of(ctx.Document, operation).Depth;
            if (depth > maxDepth)
            {
                ctx.ReportError(new ValidationError(ctx.Document.Source, null,
                    $"The operation nests {depth} levels deep; the limit is {maxDepth}.", operation)
                {
                    Code = ErrorCodes.MaxDepthExceeded,
                });
            }
        }));
}
