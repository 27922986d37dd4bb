using GraphQL.DataLoader;

namespace FederatedGraph.Subgraphs.Toolkit.Batching;

/// <summary>
/// Collects the keys an operation asks for and fetches them in one call when the
/// <see cref="BatchScheduler"/> says so. Results are cached for the HTTP request.
/// </summary>
public sealed class BatchLoader<TKey, TValue> : IBatchLoader where TKey : notnull
{
    public delegate Task<IReadOnlyDictionary<TKey, TValue>> FetchBatch(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private readonly object _gate = new();
    private readonly BatchScheduler _scheduler;
    private readonly FetchBatch _fetch;
    private readonly CancellationToken _cancellationToken;
    // Each key's task, with the batch that fetches it: a repeated key still queued must make its caller wait like the first.
    private readonly Dictionary<TKey, (Task<TValue?> Task, Pending Batch)> _results = new();
    private Pending? _queued;

    public BatchLoader(BatchScheduler scheduler, FetchBatch fetch, CancellationToken cancellationToken = default)
    {
        _scheduler = scheduler;
        _fetch = fetch;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Queues a key; the returned result is resolved by GraphQL.NET after the scheduler dispatches.</summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (_results.TryGetValue(key, out var known))
                return new Result(_scheduler, known.Task, known.Batch);
            _queued ??= new Pending();
            var task = _queued.Add(key);
            _results.Add(key, (task, _queued));
            return new Result(_scheduler, task, _queued);
        }
    }

    /// <summary>Queues several keys; the result holds the found values in key order, missing keys left out.</summary>
    public IDataLoaderResult<TValue[]> LoadMany(IEnumerable<TKey> keys)
        => new ManyResult(keys.Select(Load).ToArray());

    public void DispatchQueued()
    {
        Pending? batch;
        lock (_gate)
        {
            batch = _queued;
            _queued = null;
        }
        if (batch is null) return;
        batch.Dispatched = true;
        _ = FetchAsync(batch);
    }

    private async Task FetchAsync(Pending batch)
    {
        try
        {
            var values = await _fetch(batch.Keys, _cancellationToken);
            batch.Complete(values);
        }
        catch (Exception exception)
        {
            batch.Fail(exception);
        }
    }

    /// <summary>The keys queued since the last dispatch, each with the task its callers wait on.</summary>
    private sealed class Pending
    {
        private readonly List<TaskCompletionSource<TValue?>> _completions = [];
        public List<TKey> Keys { get; } = [];
        public volatile bool Dispatched;

        public Task<TValue?> Add(TKey key)
        {
            var completion = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
            Keys.Add(key);
            _completions.Add(completion);
            return completion.Task;
        }

        public void Complete(IReadOnlyDictionary<TKey, TValue> values)
        {
            for (var i = 0; i < Keys.Count; i++)
                _completions[i].TrySetResult(values.TryGetValue(Keys[i], out var value) ? value : default);
        }

        public void Fail(Exception exception)
        {
            foreach (var completion in _completions) completion.TrySetException(exception);
        }
    }

    private sealed class ManyResult(IDataLoaderResult<TValue?>[] results) : IDataLoaderResult<TValue[]>
    {
        public async Task<TValue[]> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<TValue>(results.Length);
            foreach (var result in results)
                if (await result.GetResultAsync(cancellationToken) is { } value) values.Add(value);
            return [.. values];
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
            => await GetResultAsync(cancellationToken);
    }

    private sealed class Result(BatchScheduler scheduler, Task<TValue?> task, Pending batch) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            // Only a key still queued makes this execution wait for the others; a key already
            // being fetched completes on its own.
            if (!task.IsCompleted && !batch.Dispatched)
                scheduler.WaitingForQueuedKey(() => !task.IsCompleted && !batch.Dispatched);
            return task.WaitAsync(cancellationToken);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
            => await GetResultAsync(cancellationToken);
    }
}
