namespace FederatedGraph.Subgraphs.Toolkit.Batching;

/// <summary>
/// Decides when queued batch-loader keys are fetched. One scheduler serves one HTTP request,
/// which may hold many executions (a variable batch or a request batch). Keys are fetched only
/// when every execution is either finished or waiting on a not-yet-fetched key, so N executions
/// that each look up one key cost one query per loader instead of N.
/// </summary>
public sealed class BatchScheduler
{
    private static readonly AsyncLocal<Participant?> CurrentParticipant = new();

    private readonly object _gate = new();
    private readonly Dictionary<string, IBatchLoader> _loaders = new(StringComparer.Ordinal);
    private readonly HashSet<Participant> _waiting = [];
    private int _running;

    /// <summary>Returns the loader registered under <paramref name="name"/>, creating it on first use.</summary>
    public TLoader GetOrAddLoader<TLoader>(string name, Func<BatchScheduler, TLoader> create) where TLoader : class, IBatchLoader
    {
        lock (_gate)
        {
            if (!_loaders.TryGetValue(name, out var loader))
            {
                loader = create(this);
                _loaders.Add(name, loader);
            }
            return (TLoader)loader;
        }
    }

    /// <summary>
    /// Runs the executions of one HTTP request as participants of this scheduler and returns their results in order.
    /// All are counted before any starts, so the first to wait cannot fetch before the others have queued keys.
    /// </summary>
    public Task<T[]> RunAllAsync<T>(IReadOnlyList<Func<Task<T>>> executions)
    {
        lock (_gate) _running += executions.Count;
        var tasks = new Task<T>[executions.Count];
        for (var i = 0; i < executions.Count; i++)
            tasks[i] = RunParticipantAsync(executions[i]);
        return Task.WhenAll(tasks);
    }

    private async Task<T> RunParticipantAsync<T>(Func<Task<T>> execution)
    {
        // A fresh async flow, so the participant set here is not shared with sibling executions.
        await Task.Yield();
        var participant = new Participant();
        CurrentParticipant.Value = participant;
        try
        {
            return await execution();
        }
        finally
        {
            lock (_gate)
            {
                _waiting.Remove(participant);
                _running--;
                DispatchWhenAllWait();
            }
        }
    }

    /// <summary>
    /// Called by a loader result when its execution needs a key that is queued but not fetched yet.
    /// Marks the execution as waiting and fetches once every execution waits.
    /// </summary>
    /// <param name="stillQueued">
    /// Asked again under the lock, where dispatches happen: a key dispatched since the caller looked is being fetched,
    /// and an execution counted as waiting for it would let the others dispatch their next keys before its own.
    /// </param>
    internal void WaitingForQueuedKey(Func<bool> stillQueued)
    {
        lock (_gate)
        {
            if (!stillQueued()) return;
            var participant = CurrentParticipant.Value;
            if (participant is null)
            {
                // Called outside RunAllAsync (a direct call in a test or tool): nothing else to wait for.
                Dispatch();
                return;
            }
            _waiting.Add(participant);
            DispatchWhenAllWait();
        }
    }

    private void DispatchWhenAllWait()
    {
        if (_running > 0 && _waiting.Count == _running) Dispatch();
    }

    private void Dispatch()
    {
        // Every waiting execution resumes once its keys arrive; count them as running again.
        _waiting.Clear();
        foreach (var loader in _loaders.Values)
            loader.DispatchQueued();
    }

    private sealed class Participant;
}
