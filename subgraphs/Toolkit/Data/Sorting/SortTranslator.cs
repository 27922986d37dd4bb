using GraphQL;
using System.Collections;
using System.Linq.Expressions;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>One key of an ORDER BY: a column expression and its direction.</summary>
internal sealed record SortKey(LambdaExpression Column, SortDirection Direction);

/// <summary>
/// Turns an <c>order</c> argument value into OrderBy/ThenBy calls. The caller's default key is always
/// appended last, so rows with equal sort values still come in a fixed order and offset paging is stable.
/// </summary>
internal static class SortTranslator
{
    public static IOrderedQueryable<TEntity> Apply<TEntity>(
        IQueryable<TEntity> query, object? order, IInputObjectGraphType? sortType, LambdaExpression defaultKey)
    {
        var keys = Parse<TEntity>(order, sortType);
        if (!keys.Any(key => SameColumn(key.Column, defaultKey)))
            keys.Add(new SortKey(defaultKey, SortDirection.Ascending));

        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var (column, direction) = keys[i];
            var method = (i == 0, direction) switch
            {
                (true, SortDirection.Ascending) => nameof(Queryable.OrderBy),
                (true, SortDirection.Descending) => nameof(Queryable.OrderByDescending),
                (false, SortDirection.Ascending) => nameof(Queryable.ThenBy),
                _ => nameof(Queryable.ThenByDescending),
            };
            expression = Expression.Call(typeof(Queryable), method, [typeof(TEntity), column.ReturnType], expression, Expression.Quote(column));
        }
        return (IOrderedQueryable<TEntity>)query.Provider.CreateQuery<TEntity>(expression);
    }

    private static List<SortKey> Parse<TEntity>(object? order, IInputObjectGraphType? sortType)
    {
        var keys = new List<SortKey>();
        if (order is null || sortType is null)
            return keys;
        if (order is not IEnumerable items || order is string)
            throw DataErrors.InvalidSort("'order' must be a list of sort inputs.");

        var entity = Expression.Parameter(typeof(TEntity), "e");
        var index = 0;
        foreach (var item in items)
        {
            var path = $"order[{index++}]";
            keys.Add(Key(item, sortType, entity, path));
        }
        return keys;
    }

    /// <summary>Follows the single field set in each (nested) sort input down to its column.</summary>
    private static SortKey Key(object? value, IInputObjectGraphType type, ParameterExpression entity, string path)
    {
        var set = (value as IDictionary<string, object?> ?? throw DataErrors.InvalidSort($"'{path}' must not be null."))
            .Where(pair => pair.Value is not null)
            .ToList();
        if (set.Count != 1)
            throw DataErrors.InvalidSort($"'{path}' must set exactly one field, but sets {set.Count}. Use one list element per sort key.");

        var (name, fieldValue) = set[0];
        var field = type.GetField(name) ?? throw DataErrors.InvalidSort($"'{path}' has no field '{name}'.");
        return DataField.Of(field) switch
        {
            ColumnField column when fieldValue is SortDirection direction
                => new SortKey(Expression.Lambda(column.BodyFor(entity), entity), direction),
            InlineField => Key(fieldValue, (IInputObjectGraphType)field.ResolvedType!.GetNamedType(), entity, $"{path}.{name}"),
            _ => throw DataErrors.InvalidSort($"'{path}.{name}' can't be sorted on."),
        };
    }

    private static bool SameColumn(LambdaExpression a, LambdaExpression b)
        => a.Body is MemberExpression x && b.Body is MemberExpression y && x.Member == y.Member;
}
