using System.Linq.Expressions;
using FederatedGraph.Subgraphs.Toolkit.Batching;
using FederatedGraph.Subgraphs.Toolkit.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Toolkit.Lookups;

/// <summary>
/// Batched, projected entity loaders for resolvers: by key (<c>@lookup</c> fields, references to
/// other entities), one-to-many by a foreign key, and through a query of the registry's own (a join).
/// All keys asked for in one dispatch round of an HTTP request are read with one SQL query that selects
/// only the columns the operation needs. Call these while the resolver runs: the projection is read from
/// the field being resolved.
/// </summary>
public static class EntityLoaders
{
    /// <summary>A loader of entities by <paramref name="keyColumn"/>; unknown keys load as null.</summary>
    /// <param name="selectedAs">
    /// The type whose selected fields decide the columns, for a field of a union or interface type
    /// (<c>... on NietNatuurlijkPersoon</c>); by default the resolved field's type.
    /// </param>
    public static BatchLoader<TKey, TEntity> KeyLoader<TContext, TEntity, TKey>(
        this IResolveFieldContext context, string name,
        Expression<Func<TEntity, TKey>> keyColumn, Func<TContext, IQueryable<TEntity>> source, IComplexGraphType? selectedAs = null)
        where TContext : DbContext where TEntity : class where TKey : notnull
    {
        var projection = selectedAs is null
            ? Projection.For(context, Boxed(keyColumn))
            : Projection.For(context, context.FieldAst.SelectionSet, selectedAs, Boxed(keyColumn));
        var keyOf = ColumnReaders.For(keyColumn);
        // Executions selecting the same columns share one loader, hence one query.
        return Loader<TContext, TKey, TEntity, TEntity>(context, $"{name}:{projection.Signature}",
            (db, keys) => projection.ApplyTo(source(db).Where(In(keyColumn, keys))),
            (rows, _) => First(rows, keyOf, row => row));
    }

    /// <summary>A loader of every entity whose <paramref name="groupColumn"/> equals the key; a key without rows loads as an empty array.</summary>
    /// <param name="project">False for helper rows (e.g. relations) that are not the resolved field's own type.</param>
    public static BatchLoader<TKey, TEntity[]> GroupLoader<TContext, TEntity, TKey>(
        this IResolveFieldContext context, string name,
        Expression<Func<TEntity, TKey>> groupColumn, Func<TContext, IQueryable<TEntity>> source, bool project = true)
        where TContext : DbContext where TEntity : class where TKey : notnull
    {
        var projection = project ? Projection.For(context, Boxed(groupColumn)) : null;
        var groupOf = ColumnReaders.For(groupColumn);
        return Loader<TContext, TKey, TEntity, TEntity[]>(context, $"{name}:{projection?.Signature ?? "*"}",
            (db, keys) =>
            {
                var query = source(db).Where(In(groupColumn, keys));
                return projection?.ApplyTo(query) ?? query;
            },
            (rows, keys) => Grouped(rows, keys, groupOf, row => row));
    }

    /// <summary>A loader of the first value <paramref name="query"/> finds per key; a key without rows loads as null (default).</summary>
    /// <param name="name">Unique per query: loaders are shared by name within one HTTP request.</param>
    public static BatchLoader<TKey, TValue> KeyLoader<TContext, TValue, TKey>(
        this IResolveFieldContext context, string name, KeyedQuery<TContext, TKey, TValue> query)
        where TContext : DbContext where TKey : notnull
        => Loader<TContext, TKey, Keyed<TKey, TValue>, TValue>(context, name,
            (db, keys) => query(db, keys), (rows, _) => First(rows, row => row.Key, row => row.Value));

    /// <summary>
    /// A loader of the entities <paramref name="join"/> reaches per key (e.g. through a koppeltabel), projected onto the
    /// columns the resolved field selects, in the query's order; a key without rows loads as an empty array.
    /// An entity reached twice for one key (two koppeltabel rows) is listed once.
    /// </summary>
    /// <param name="identity">The entity's key: the join needs it whatever is selected, and it tells repeated rows apart.</param>
    public static BatchLoader<TKey, TEntity[]> GroupLoader<TContext, TEntity, TKey>(
        this IResolveFieldContext context, string name,
        Expression<Func<TEntity, object?>> identity, JoinQuery<TContext, TKey, TEntity> join)
        where TContext : DbContext where TEntity : class where TKey : notnull
    {
        var projection = Projection.For(context, identity);
        var identityOf = ColumnReaders.For(identity);
        return Loader<TContext, TKey, Keyed<TKey, TEntity>, TEntity[]>(context, $"{name}:{projection.Signature}",
            (db, keys) => join(db, projection.ApplyTo(db.Set<TEntity>()), keys),
            (rows, keys) => Grouped(rows.DistinctBy(row => (row.Key, identityOf(row.Value))), keys, row => row.Key, row => row.Value));
    }

    /// <summary>
    /// The one loader all others are: registered with the request's scheduler under <paramref name="name"/>, it runs
    /// <paramref name="query"/> once per dispatch round for the round's distinct keys and shapes the rows per key.
    /// </summary>
    private static BatchLoader<TKey, TValue> Loader<TContext, TKey, TRow, TValue>(
        IResolveFieldContext context, string name, Func<TContext, List<TKey>, IQueryable<TRow>> query,
        Func<List<TRow>, List<TKey>, Dictionary<TKey, TValue>> shape)
        where TContext : DbContext where TRow : class where TKey : notnull
    {
        var services = context.RequestServices!;
        return services.GetRequiredService<BatchScheduler>().GetOrAddLoader(name,
            scheduler => new BatchLoader<TKey, TValue>(scheduler, async (keys, cancellationToken) =>
            {
                var distinct = keys.Distinct().ToList();
                // A context of its own: the loaders of one request run concurrently.
                var factory = services.GetRequiredService<IDbContextFactory<TContext>>();
                await using var db = await factory.CreateDbContextAsync(cancellationToken);
                var rows = await query(db, distinct).AsNoTracking().ToListAsync(cancellationToken);
                return shape(rows, distinct);
            }));
    }

    private static Dictionary<TKey, TValue> First<TRow, TKey, TValue>(IEnumerable<TRow> rows, Func<TRow, TKey> keyOf, Func<TRow, TValue> valueOf)
        where TKey : notnull
        => rows.DistinctBy(keyOf).ToDictionary(keyOf, valueOf);

    private static Dictionary<TKey, TValue[]> Grouped<TRow, TKey, TValue>(IEnumerable<TRow> rows, List<TKey> keys, Func<TRow, TKey> keyOf, Func<TRow, TValue> valueOf)
        where TKey : notnull
    {
        var found = rows.ToLookup(keyOf, valueOf);
        return keys.ToDictionary(key => key, key => found[key].ToArray());
    }

    /// <summary>
    /// <c>e =&gt; keys.Contains(e.Column)</c>. The keys are reached through a member of a holder object, as a
    /// captured variable would be, so EF Core sends them as one parameter instead of inlining literals:
    /// the SQL text stays the same for every batch and its plan can be reused.
    /// </summary>
    private static Expression<Func<TEntity, bool>> In<TEntity, TKey>(Expression<Func<TEntity, TKey>> column, List<TKey> keys)
    {
        var parameter = Expression.Property(Expression.Constant(new KeyParameter<TKey>(keys)), nameof(KeyParameter<TKey>.Keys));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], parameter, column.Body);
        return Expression.Lambda<Func<TEntity, bool>>(contains, column.Parameters);
    }

    private sealed record KeyParameter<TKey>(List<TKey> Keys);

    private static Expression<Func<TEntity, object?>> Boxed<TEntity, TKey>(Expression<Func<TEntity, TKey>> column)
        => Expression.Lambda<Func<TEntity, object?>>(Expression.Convert(column.Body, typeof(object)), column.Parameters);
}
