using GraphQL;
using System.Collections;
using System.Linq.Expressions;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>
/// Turns a <c>where</c> argument value (the dictionaries GraphQL.NET parses input objects into) into a
/// predicate EF Core translates to SQL. Fields of one object are AND-ed; <c>and</c>/<c>or</c> combine lists.
/// The input graph types say what each field is: a column, an inline object, or an operator.
/// </summary>
internal sealed class FilterTranslator
{
    private readonly ParameterExpression _entity;

    private FilterTranslator(ParameterExpression entity) => _entity = entity;

    /// <summary>The predicate for <paramref name="where"/>, or null when no filter was given (absent, null or <c>{}</c>).</summary>
    public static Expression<Func<TEntity, bool>>? Translate<TEntity>(object? where, IInputObjectGraphType? filterType)
    {
        if (filterType is null || where is not IDictionary<string, object?> values || values.Count == 0)
            return null;
        var entity = Expression.Parameter(typeof(TEntity), "e");
        var body = new FilterTranslator(entity).Object(values, filterType, column: null, "where");
        return Expression.Lambda<Func<TEntity, bool>>(body, entity);
    }

    /// <summary>
    /// One filter object. Without <paramref name="column"/> it is an entity (or inline) filter whose fields are
    /// columns; with it, it is the operations input of that column whose fields are operators.
    /// </summary>
    private Expression Object(IDictionary<string, object?> values, IInputObjectGraphType type, Expression? column, string path)
    {
        if (values.Count == 0)
            throw DataErrors.InvalidFilter($"The filter at '{path}' is empty: set at least one field.");

        Expression? result = null;
        foreach (var (name, value) in values)
        {
            var field = type.GetField(name) ?? throw DataErrors.InvalidFilter($"'{path}' has no field '{name}'.");
            var part = Field(field, value, type, column, $"{path}.{name}");
            result = result is null ? part : Expression.AndAlso(result, part);
        }
        return result!;
    }

    private Expression Field(FieldType field, object? value, IInputObjectGraphType owner, Expression? column, string path)
    {
        var operation = OperationFilterInput.OperationOf(field);
        if (operation is FilterOperation.And or FilterOperation.Or)
            return Combination(operation.Value, value, owner, column, path);
        if (column is not null && operation is { } op)
            return ColumnOperations.Build(op, column, value, path);

        var nestedType = (IInputObjectGraphType)field.ResolvedType!.GetNamedType();
        return DataField.Of(field) switch
        {
            ColumnField columnField => Object(ObjectValue(value, path), nestedType, columnField.BodyFor(_entity), path),
            InlineField => Object(ObjectValue(value, path), nestedType, column: null, path),
            _ => throw DataErrors.InvalidFilter($"'{path}' can't be filtered on."),
        };
    }

    private Expression Combination(FilterOperation operation, object? value, IInputObjectGraphType type, Expression? column, string path)
    {
        if (value is not IEnumerable items || value is string)
            throw DataErrors.InvalidFilter($"'{path}' needs a list of filters.");

        Expression? result = null;
        var index = 0;
        foreach (var item in items)
        {
            var itemPath = $"{path}[{index++}]";
            var part = Object(ObjectValue(item, itemPath), type, column, itemPath);
            result = result is null ? part
                : operation == FilterOperation.And ? Expression.AndAlso(result, part) : Expression.OrElse(result, part);
        }
        return result ?? throw DataErrors.InvalidFilter($"'{path}' needs at least one filter.");
    }

    private static IDictionary<string, object?> ObjectValue(object? value, string path)
        => value as IDictionary<string, object?> ?? throw DataErrors.InvalidFilter($"'{path}' must not be null.");
}
