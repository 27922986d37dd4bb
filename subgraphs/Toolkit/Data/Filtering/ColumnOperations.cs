using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL;

namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>Builds the predicate of one operator on one column, e.g. <c>e.Voornamen.StartsWith(@p)</c>.</summary>
internal static class ColumnOperations
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    public static Expression Build(FilterOperation operation, Expression column, object? value, string path) => operation switch
    {
        FilterOperation.Eq => Equal(column, value, path),
        FilterOperation.Neq => Expression.Not(Equal(column, value, path)),
        FilterOperation.In => In(column, value, path),
        FilterOperation.Nin => Expression.Not(In(column, value, path)),
        FilterOperation.Contains => Text(StringContains, column, value, path),
        FilterOperation.NContains => Expression.Not(Text(StringContains, column, value, path)),
        FilterOperation.StartsWith => Text(StringStartsWith, column, value, path),
        FilterOperation.NStartsWith => Expression.Not(Text(StringStartsWith, column, value, path)),
        FilterOperation.EndsWith => Text(StringEndsWith, column, value, path),
        FilterOperation.NEndsWith => Expression.Not(Text(StringEndsWith, column, value, path)),
        FilterOperation.Gt => Expression.GreaterThan(column, Required(column, value, path)),
        FilterOperation.Ngt => Expression.Not(Expression.GreaterThan(column, Required(column, value, path))),
        FilterOperation.Gte => Expression.GreaterThanOrEqual(column, Required(column, value, path)),
        FilterOperation.Ngte => Expression.Not(Expression.GreaterThanOrEqual(column, Required(column, value, path))),
        FilterOperation.Lt => Expression.LessThan(column, Required(column, value, path)),
        FilterOperation.Nlt => Expression.Not(Expression.LessThan(column, Required(column, value, path))),
        FilterOperation.Lte => Expression.LessThanOrEqual(column, Required(column, value, path)),
        FilterOperation.Nlte => Expression.Not(Expression.LessThanOrEqual(column, Required(column, value, path))),
        _ => throw DataErrors.InvalidFilter($"'{path}' is not an operator that applies to a column."),
    };

    /// <summary><c>eq: null</c> means IS NULL; a non-nullable column is lifted so the comparison is valid (and simply false).</summary>
    private static Expression Equal(Expression column, object? value, string path)
    {
        if (value is not null)
            return Expression.Equal(column, Parameter(Convert(value, column.Type, path), column.Type));
        var nullable = NullableOf(column.Type);
        return Expression.Equal(nullable == column.Type ? column : Expression.Convert(column, nullable), Expression.Constant(null, nullable));
    }

    private static Expression In(Expression column, object? value, string path)
    {
        if (value is not IEnumerable items || value is string)
            throw DataErrors.InvalidFilter($"'{path}' needs a list of values.");

        var elementType = NullableOf(column.Type);
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var item in items)
            list.Add(item is null ? null : Convert(item, column.Type, path));

        var listType = typeof(IEnumerable<>).MakeGenericType(elementType);
        var lifted = elementType == column.Type ? column : Expression.Convert(column, elementType);
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [elementType], Parameter(list, listType), lifted);
    }

    private static Expression Text(MethodInfo method, Expression column, object? value, string path)
        => Expression.Call(column, method, Required(column, value, path));

    /// <summary>Operators other than eq/neq/in/nin have no meaning for null.</summary>
    private static Expression Required(Expression column, object? value, string path)
        => value is null
            ? throw DataErrors.InvalidFilter($"'{path}' must not be null.")
            : Parameter(Convert(value, column.Type, path), column.Type);

    private static object Convert(object value, Type columnType, string path)
    {
        var target = Nullable.GetUnderlyingType(columnType) ?? columnType;
        if (target.IsInstanceOfType(value))
            return value;
        try
        {
            return ValueConverter.ConvertTo(value, target)
                ?? throw DataErrors.InvalidFilter($"'{path}' has a value that doesn't fit the column.");
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException or OverflowException or InvalidCastException)
        {
            throw DataErrors.InvalidFilter($"'{path}' has a value that doesn't fit the column: {exception.Message}");
        }
    }

    /// <summary>
    /// A value read through a closure-like object, which EF Core sends as a SQL parameter rather than
    /// inlining it as a literal: one cached query plan, and no user text in the SQL.
    /// </summary>
    private static Expression Parameter(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(Captured<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(box), nameof(Captured<int>.Value));
    }

    private static Type NullableOf(Type type)
        => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;

    private sealed class Captured<T>(T value)
    {
        public T Value { get; } = value;
    }
}
