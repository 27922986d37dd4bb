using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace FederatedGraph.Subgraphs.Toolkit.Lookups;

/// <summary>
/// Column lambdas (<c>e =&gt; e.Identificatie</c>) compiled once per entity type and column. Resolvers build the
/// same lambda on every call; compiling it each time cost more CPU per request than the SQL query it serves,
/// plus finalizer work for every discarded dynamic method.
/// </summary>
internal static class ColumnReaders
{
    private static readonly ConcurrentDictionary<(Type Delegate, string Text), Delegate> Compiled = new();

    public static Func<TEntity, TValue> For<TEntity, TValue>(Expression<Func<TEntity, TValue>> column)
        // Only a plain member path is known by its text: a lambda with a captured value prints the same for every value.
        => IsMemberPath(column.Body, column.Parameters[0])
            ? (Func<TEntity, TValue>)Compiled.GetOrAdd((typeof(Func<TEntity, TValue>), column.ToString()), _ => column.Compile())
            : column.Compile();

    private static bool IsMemberPath(Expression expression, ParameterExpression parameter)
        => expression switch
        {
            ParameterExpression p => p == parameter,
            MemberExpression { Expression: { } inner } => IsMemberPath(inner, parameter),
            UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.TypeAs } unary => IsMemberPath(unary.Operand, parameter),
            _ => false,
        };
}
