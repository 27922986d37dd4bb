using FederatedGraph.Gateway.Execution.Results;

namespace FederatedGraph.Gateway.Execution.Fetching;

/// <summary>
/// The entities of one entity fetch grouped by what is asked for them: entities with equal keys (and required values)
/// share one entry, so each is asked for once and the answer is merged into all of them.
/// </summary>
internal sealed class DistinctEntities<TRequest>
{
    private readonly List<TRequest> _requests = [];
    private readonly List<List<ResultObject>> _targets = [];
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

    public int Count => _requests.Count;

    public IReadOnlyList<TRequest> Requests => _requests;

    public IReadOnlyList<ResultObject> Targets(int index) => _targets[index];

    public IEnumerable<ResultObject> AllTargets => _targets.SelectMany(t => t);

    /// <param name="key">Equal for equal requests; <paramref name="request"/> is kept for the first of them.</param>
    public void Add(string key, TRequest request, ResultObject target)
    {
        if (!_indexes.TryGetValue(key, out var index))
        {
            index = _requests.Count;
            _indexes[key] = index;
            _requests.Add(request);
            _targets.Add([]);
        }
        _targets[index].Add(target);
    }
}
