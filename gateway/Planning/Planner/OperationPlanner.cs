using FederatedGraph.Caching;
using FederatedGraph.Gateway.Planning.Plans;
using FederatedGraph.Gateway.Planning.Schema;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace FederatedGraph.Gateway.Planning.Planner;

/// <summary>
/// Turns a client operation into an <see cref="OperationPlan"/> over the source schemas of a composite schema.
/// Plans are cached by document text and operation name; the planner is safe to share between requests.
/// </summary>
public sealed class OperationPlanner(CompositeSchema schema, int cacheCapacity = 1024)
{
    private readonly LruCache<(string Document, string? OperationName), OperationPlan> _cache = new(cacheCapacity);

    public CompositeSchema Schema { get; } = schema;

    /// <summary>How many plans the cache holds.</summary>
    public int CachedPlans => _cache.Count;

    /// <summary>
    /// Plans the operation; the document must be valid against the public schema.
    /// Throws <see cref="OperationPlanningException"/> for an operation the gateway does not answer.
    /// </summary>
    public OperationPlan Plan(GraphQLDocument document, string? operationName)
    {
        var text = document.Source.Length > 0 ? document.Source.ToString() : new SDLPrinter().Print(document);
        if (_cache.TryGet((text, operationName), out var cached)) return cached;
        var plan = new PlanBuilder(Schema, document, operationName).Build();
        _cache.Add((text, operationName), plan);
        return plan;
    }
}
