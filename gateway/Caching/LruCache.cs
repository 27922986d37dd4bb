namespace FederatedGraph.Caching;

/// <summary>
/// A thread-safe cache of at most <c>capacity</c> entries; when full, the least recently used entry goes first.
/// Clients send a handful of distinct operations many times, so a small bound keeps the hits and stops
/// a client that sends ever new documents from growing memory without end.
/// </summary>
public sealed class LruCache<TKey, TValue>(int capacity) where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> _entries = [];
    private readonly LinkedList<(TKey Key, TValue Value)> _recency = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get { lock (_lock) return _entries.Count; }
    }

    public bool TryGet(TKey key, out TValue value)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }
        value = default!;
        return false;
    }

    /// <summary>Adds the entry unless the key is there already (the first value computed wins).</summary>
    public void Add(TKey key, TValue value)
    {
        if (capacity <= 0) return;
        lock (_lock)
        {
            if (_entries.ContainsKey(key)) return;
            if (_entries.Count >= capacity && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }
            _entries[key] = _recency.AddFirst((key, value));
        }
    }
}
