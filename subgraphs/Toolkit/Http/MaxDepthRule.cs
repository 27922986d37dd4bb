using GraphQL.Validation;
using GraphQLParser.AST;

namespace FederatedGraph.Subgraphs.Toolkit.Http;

/// <summary>
/// Rejects operations whose selections nest deeper than the configured limit, so one request
/// cannot make the subgraph walk an unbounded graph. Introspection fields are not counted:
/// IDE schema queries are deep by nature and read no registry data.
/// </summary>
public sealed class MaxDepthRule(int maxDepth) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        => new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
        {
            if (ctx.Operation != operation) return;
            var fragments = ctx.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                .ToDictionary(f => f.FragmentName.Name.StringValue);
            var depth = Depth(operation.SelectionSet, fragments, []);
            if (depth > maxDepth)
            {
                ctx.ReportError(new ValidationError(ctx.Document.Source, null,
                    $"The operation nests {depth} levels deep; the limit is {maxDepth}.", operation)
                {
                    Code = ErrorCodes.MaxDepthExceeded,
                });
            }
        }));

    private static int Depth(GraphQLSelectionSet? selectionSet, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> visiting)
    {
        if (selectionSet is null) return 0;
        var deepest = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var depth = selection switch
            {
                GraphQLField field when field.Name.StringValue.StartsWith("__", StringComparison.Ordinal) => 0,
                GraphQLField field => 1 + Depth(field.SelectionSet, fragments, visiting),
                GraphQLInlineFragment inline => Depth(inline.SelectionSet, fragments, visiting),
                GraphQLFragmentSpread spread => SpreadDepth(spread, fragments, visiting),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
        }
        return deepest;
    }

    private static int SpreadDepth(GraphQLFragmentSpread spread, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> visiting)
    {
        var name = spread.FragmentName.Name.StringValue;
        // Cycles are reported by the spec's own rule; here they just stop the walk.
        if (!fragments.TryGetValue(name, out var fragment) || !visiting.Add(name)) return 0;
        var depth = Depth(fragment.SelectionSet, fragments, visiting);
        visiting.Remove(name);
        return depth;
    }
}
