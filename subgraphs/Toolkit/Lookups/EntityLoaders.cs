using System.Linq.Expressions;
using FederatedGraph.Subgraphs.Toolkit.Batching;
using FederatedGraph.Subgraphs.Toolkit.Data;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Toolkit.Lookups;

/// <summary>
/// Batched, projected entity loaders for resolvers: by key (<c>@lookup</c> fields, references to
/// other entities) and one-to-many by a foreign key. All keys asked for in one dispatch round of an
/// HTTP request are read with one SQL query that selects only the columns the operation needs.
/// Call these while the resolver runs: the projection is read from the field being resolved.
/// </summary>
public static class EntityLoaders
{
    /// <summary>A loader of entities by <paramref name="keyColumn"/>; unknown keys load as null.</summary>
    public static BatchLoader<TKey, TEntity> KeyLoader<TContext, TEntity, TKey>(
        this IResolveFieldContext context, string name,
        Expression<Func<TEntity, TKey>> keyColumn, Func<TContext, IQueryable<TEntity>> source)
        where TContext : DbContext where TEntity : class where TKey : notnull
    {
        var projection = Projection.For(context, Boxed(keyColumn));
        var keyOf = keyColumn.Compile();
        var services = context.RequestServices!;
        // Executions selecting the same columns share one loader, hence one query.
        return Scheduler(services).GetOrAddLoader($"{name}:{projection.Signature}",
            scheduler => new BatchLoader<TKey, TEntity>(scheduler, async (keys, cancellationToken) =>
            {
                var rows = await QueryAsync(services, source, keyColumn, keys, projection, cancellationToken);
                return rows.DistinctBy(keyOf).ToDictionary(keyOf);
            }));
    }

    /// <summary>A loader of every entity whose <paramref name="groupColumn"/> equals the key; a key without rows loads as an empty array.</summary>
    /// <param name="project">False for helper rows (e.g. relations) that are not the resolved field's own type.</param>
    public static BatchLoader<TKey, TEntity[]> GroupLoader<TContext, TEntity, TKey>(
        this IResolveFieldContext context, string name,
        Expression<Func<TEntity, TKey>> groupColumn, Func<TContext, IQueryable<TEntity>> source, bool project = true)
        where TContext : DbContext where TEntity : class where TKey : notnull
    {
        var projection = project ? Projection.For(context, Boxed(groupColumn)) : null;
        var groupOf = groupColumn.Compile();
        var services = context.RequestServices!;
        return Scheduler(services).GetOrAddLoader($"{name}:{projection?.Signature ?? "*"}",
            scheduler => new BatchLoader<TKey, TEntity[]>(scheduler, async (keys, cancellationToken) =>
            {
                var rows = (await QueryAsync(services, source, groupColumn, keys, projection, cancellationToken)).ToLookup(groupOf);
                return keys.Distinct().ToDictionary(key => key, key => rows[key].ToArray());
            }));
    }

    private static async Task<List<TEntity>> QueryAsync<TContext, TEntity, TKey>(
        IServiceProvider services, Func<TContext, IQueryable<TEntity>> source, Expression<Func<TEntity, TKey>> column,
        IReadOnlyList<TKey> keys, EntityProjection<TEntity>? projection, CancellationToken cancellationToken)
        where TContext : DbContext where TEntity : class
    {
        // A context of its own: the loaders of one request run concurrently.
        var factory = services.GetRequiredService<IDbContextFactory<TContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var query = source(db).AsNoTracking().Where(In(column, keys.Distinct().ToList()));
        return await (projection?.ApplyTo(query) ?? query).ToListAsync(cancellationToken);
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

    private static BatchScheduler Scheduler(IServiceProvider services) => services.GetRequiredService<BatchScheduler>();
}
