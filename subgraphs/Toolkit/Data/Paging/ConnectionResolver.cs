using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>
/// Resolves a connection field: filter, then order (ending with the key), then one page plus one row to
/// see whether there is a next page, then projection to the selected columns. Counts only when needed.
/// </summary>
internal sealed class ConnectionResolver<TEntity>(
    Func<IResolveFieldContext, IQueryable<TEntity>> source,
    Expression<Func<TEntity, object?>> key,
    PagingOptions? options)
{
    private readonly LambdaExpression _sortKey = KeySelectors.Unbox(key);

    public async Task<object?> ResolveAsync(IResolveFieldContext context)
    {
        var paging = PagingArguments.Read(context, options ?? context.RequestServices?.GetService<PagingOptions>() ?? PagingOptions.Default);

        var query = source(context);
        var filter = FilterTranslator.Translate<TEntity>(ArgumentValue(context, "where"), ArgumentType(context, "where"));
        if (filter is not null)
            query = query.Where(filter);
        var ordered = SortTranslator.Apply(query, ArgumentValue(context, "order"), ArgumentType(context, "order"), _sortKey);
        var projection = Projection.For(context, key);

        var (totalCount, window, rows) = await QueryGate.RunAsync(query, async () =>
        {
            int? count = paging.NeedsTotalCount || SelectsTotalCount(context)
                ? await CountAsync(query, context.CancellationToken)
                : null;
            var window = paging.Window(count);
            var page = projection.ApplyTo(ordered.Skip(window.Skip).Take(window.Take + 1));
            return (count, window, await ToListAsync(page, context.CancellationToken));
        }, context.CancellationToken);

        var hasNextPage = rows.Count > window.Take;
        var edges = rows
            .Take(window.Take)
            .Select((row, index) => new Edge<TEntity> { Cursor = Cursor.Encode(window.Skip + index), Node = row })
            .ToList();
        var pageInfo = new PageInfo
        {
            HasNextPage = hasNextPage,
            HasPreviousPage = window.Skip > 0,
            StartCursor = edges.FirstOrDefault()?.Cursor,
            EndCursor = edges.LastOrDefault()?.Cursor,
        };
        return new ConnectionPage<TEntity>(edges, pageInfo, totalCount);
    }

    private static object? ArgumentValue(IResolveFieldContext context, string name)
        => context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value : null;

    private static IInputObjectGraphType? ArgumentType(IResolveFieldContext context, string name)
        => context.FieldDefinition.Arguments?.Find(name)?.ResolvedType?.GetNamedType() as IInputObjectGraphType;

    private static bool SelectsTotalCount(IResolveFieldContext context)
        => SelectedFields.Of(context, context.FieldAst.SelectionSet, context.FieldDefinition.ResolvedType!.GetNamedType())
            .Any(field => field.Name.StringValue == "totalCount");

    // EF queries run asynchronously; a plain LINQ source (e.g. in a unit test) runs synchronously.
    private static Task<int> CountAsync(IQueryable<TEntity> query, CancellationToken cancellationToken)
        => query.Provider is IAsyncQueryProvider ? query.CountAsync(cancellationToken) : Task.FromResult(query.Count());

    private static Task<List<TEntity>> ToListAsync(IQueryable<TEntity> query, CancellationToken cancellationToken)
        => query.Provider is IAsyncQueryProvider ? query.ToListAsync(cancellationToken) : Task.FromResult(query.ToList());
}
