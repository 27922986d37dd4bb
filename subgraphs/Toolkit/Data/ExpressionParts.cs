using System.Linq.Expressions;
using System.Reflection;

namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>Rebinds a lambda's body onto another parameter, so column expressions can be combined into one predicate.</summary>
internal sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    public static Expression Replace(LambdaExpression lambda, Expression replacement)
        => new ParameterReplacer(lambda.Parameters[0], replacement).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
}

/// <summary>Finds the entity members a lambda reads directly from its parameter (<c>e =&gt; e.A + e.B</c> reads A and B).</summary>
internal sealed class EntityMemberFinder(ParameterExpression entity) : ExpressionVisitor
{
    private readonly List<MemberInfo> _found = [];

    public static IReadOnlyList<MemberInfo> Find(LambdaExpression lambda)
    {
        var finder = new EntityMemberFinder(lambda.Parameters[0]);
        finder.Visit(lambda.Body);
        return finder._found.Distinct().ToArray();
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (StripConvert(node.Expression) == entity)
        {
            _found.Add(node.Member);
            return node;
        }
        return base.VisitMember(node);
    }

    private static Expression? StripConvert(Expression? expression)
    {
        while (expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.TypeAs } unary)
            expression = unary.Operand;
        return expression;
    }
}

/// <summary>Helpers for lambdas typed <c>Func&lt;T, object?&gt;</c>, whose bodies carry a boxing conversion.</summary>
internal static class KeySelectors
{
    /// <summary><c>e =&gt; (object)e.Id</c> becomes <c>e =&gt; e.Id</c>, so EF orders by the column's own type.</summary>
    public static LambdaExpression Unbox(LambdaExpression selector)
    {
        var body = selector.Body;
        while (body is UnaryExpression { NodeType: ExpressionType.Convert } convert && convert.Type == typeof(object))
            body = convert.Operand;
        return Expression.Lambda(body, selector.Parameters);
    }
}
