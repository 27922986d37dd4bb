using FederatedGraph.GraphQLOverHttp;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace FederatedGraph.Subgraphs.Toolkit.Http;

/// <summary>
/// Rejects operations whose selections nest deeper than the configured limit, so one request cannot make the
/// subgraph walk an unbounded graph, or that select more fields in all than the limit: fragments spreading each
/// other twice are short text but exponentially many fields, which GraphQL.NET collects one by one when executing.
/// Measured by <see cref="OperationSize"/>, as the gateway does: introspection fields have no depth, and fragment
/// chains cost linear work.
/// </summary>
public sealed class OperationSizeRule(SubgraphLimits limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        => new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
        {
            if (ctx.Operation != operation) return;
            var size = OperationSize.Of(ctx.Document, operation);
            if (size.Depth > limits.MaxDepth)
                Report(ctx, operation, ErrorCodes.MaxDepthExceeded, $"The operation nests {size.Depth} levels deep; the limit is {limits.MaxDepth}.");
            if (size.Fields > limits.MaxFields)
                Report(ctx, operation, ErrorCodes.MaxFieldsExceeded, $"The operation selects {size.Fields} fields; the limit is {limits.MaxFields}.");
        }));

    private static void Report(ValidationContext context, GraphQLOperationDefinition operation, string code, string message)
        => context.ReportError(new ValidationError(context.Document.Source, null, message, operation) { Code = code });
}
