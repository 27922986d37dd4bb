using FederatedGraph.Gateway.Planning.Plans;

namespace FederatedGraph.Gateway.Planning.Planner;

/// <summary>A bounded cache of plans by operation (document text and operation name), least recently used out first.</summary>
internal sealed class PlanCache(int capacity)
{
    private readonly Dictionary<(string Document, string? OperationName), LinkedListNode<(string, string?, OperationPlan)>> _entries = [];
    private readonly LinkedList<(string Document, string? OperationName, OperationPlan Plan)> _recency = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get { lock (_lock) return _entries.Count; }
    }

    public bool TryGet(string document, string? operationName, out OperationPlan plan)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue((document, operationName), out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                plan = node.Value.Item3;
                return true;
            }
        }
        plan = null!;
        return false;
    }

    public void Add(string document, string? operationName, OperationPlan plan)
    {
        lock (_lock)
        {
            if (_entries.ContainsKey((document, operationName))) return;
            if (_entries.Count >= capacity && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove((oldest.Value.Document, oldest.Value.OperationName));
            }
            _entries[(document, operationName)] = _recency.AddFirst((document, operationName, plan));
        }
    }
}
