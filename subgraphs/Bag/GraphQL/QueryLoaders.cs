using FederatedGraph.Subgraphs.Bag.Data;
using FederatedGraph.Subgraphs.Toolkit.Batching;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Bag.GraphQL;

/// <summary>One row of a hand-written loader query: the key that was asked for and a value found for it.</summary>
public sealed record Gevonden<TValue>(string Sleutel, TValue Waarde);

/// <summary>
/// Batch loaders over a hand-written query, for what the toolkit's key and group loaders cannot say in
/// one query: a join (verblijfsobject → panden through the koppeltabel) or a single column of another
/// table (the straat of a nummeraanduiding). All keys of a dispatch round go into one SQL query.
/// </summary>
internal static class QueryLoaders
{
    public delegate IQueryable<Gevonden<TValue>> Query<TValue>(BagDbContext db, List<string> keys);

    /// <summary>The first value found per key; a key without rows loads as null.</summary>
    /// <param name="name">Unique per query shape: loaders are shared by name within one HTTP request.</param>
    public static BatchLoader<string, TValue> Single<TValue>(IResolveFieldContext context, string name, Query<TValue> query)
    {
        var services = context.RequestServices!;
        return Scheduler(services).GetOrAddLoader(name, scheduler => new BatchLoader<string, TValue>(scheduler, async (keys, cancellationToken) =>
        {
            var rows = await RunAsync(services, query, keys, cancellationToken);
            return rows.DistinctBy(row => row.Sleutel).ToDictionary(row => row.Sleutel, row => row.Waarde);
        }));
    }

    /// <summary>Every value found per key; a key without rows loads as an empty array.</summary>
    /// <param name="name">Unique per query shape: loaders are shared by name within one HTTP request.</param>
    public static BatchLoader<string, TValue[]> Grouped<TValue>(IResolveFieldContext context, string name, Query<TValue> query)
    {
        var services = context.RequestServices!;
        return Scheduler(services).GetOrAddLoader(name, scheduler => new BatchLoader<string, TValue[]>(scheduler, async (keys, cancellationToken) =>
        {
            var rows = (await RunAsync(services, query, keys, cancellationToken)).ToLookup(row => row.Sleutel, row => row.Waarde);
            return keys.Distinct().ToDictionary(key => key, key => rows[key].ToArray());
        }));
    }

    private static async Task<List<Gevonden<TValue>>> RunAsync<TValue>(
        IServiceProvider services, Query<TValue> query, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        // A context of its own: the loaders of one request run concurrently.
        var factory = services.GetRequiredService<IDbContextFactory<BagDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await query(db, keys.Distinct().ToList()).AsNoTracking().ToListAsync(cancellationToken);
    }

    private static BatchScheduler Scheduler(IServiceProvider services) => services.GetRequiredService<BatchScheduler>();
}
