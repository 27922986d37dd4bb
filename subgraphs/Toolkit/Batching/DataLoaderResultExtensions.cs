using GraphQL.DataLoader;

namespace FederatedGraph.Subgraphs.Toolkit.Batching;

public static class DataLoaderResultExtensions
{
    /// <summary>
    /// Continues with a second batched load once the first is known (e.g. relation rows, then the related
    /// persons). GraphQL.NET resolves the returned loader result in a later dispatch round, so every
    /// execution's second step is batched together too.
    /// </summary>
    public static IDataLoaderResult<TNext> Then<T, TNext>(this IDataLoaderResult<T> first, Func<T, IDataLoaderResult<TNext>> next)
        => new ChainedResult<T, TNext>(first, next);

    /// <summary>Maps a loaded value without another fetch.</summary>
    public static IDataLoaderResult<TNext> Select<T, TNext>(this IDataLoaderResult<T> first, Func<T, TNext> map)
        => new MappedResult<T, TNext>(first, map);

    private sealed class ChainedResult<T, TNext>(IDataLoaderResult<T> first, Func<T, IDataLoaderResult<TNext>> next) : IDataLoaderResult<TNext>
    {
        public async Task<TNext> GetResultAsync(CancellationToken cancellationToken = default)
            => await next(await first.GetResultAsync(cancellationToken)).GetResultAsync(cancellationToken);

        // Handing GraphQL.NET the second loader result (instead of awaiting it here) lets its keys
        // from all executions queue up before the scheduler dispatches.
        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
            => next(await first.GetResultAsync(cancellationToken));
    }

    private sealed class MappedResult<T, TNext>(IDataLoaderResult<T> first, Func<T, TNext> map) : IDataLoaderResult<TNext>
    {
        public async Task<TNext> GetResultAsync(CancellationToken cancellationToken = default)
            => map(await first.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
            => await GetResultAsync(cancellationToken);
    }
}
