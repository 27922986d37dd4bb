namespace FederatedGraph.Subgraphs.Toolkit.Lookups;

/// <summary>One row of a loader query: the key it was found for, and the value found.</summary>
public sealed record Keyed<TKey, TValue>(TKey Key, TValue Value);

/// <summary>
/// A query that finds values for a batch of keys, for what a key column cannot say alone (a join, a column of
/// another table). Use <paramref name="keys"/> inside the query: EF Core then sends them as one SQL parameter.
/// </summary>
/// <param name="keys">The batch's distinct keys.</param>
public delegate IQueryable<Keyed<TKey, TValue>> KeyedQuery<in TContext, TKey, TValue>(TContext db, List<TKey> keys);

/// <summary>A <see cref="KeyedQuery{TContext, TKey, TValue}"/> that joins <paramref name="entities"/>, already projected onto the selected columns.</summary>
public delegate IQueryable<Keyed<TKey, TEntity>> JoinQuery<in TContext, TKey, TEntity>(TContext db, IQueryable<TEntity> entities, List<TKey> keys);
