namespace FederatedGraph.Gateway.Planning.Plans;

public enum FetchKind
{
    /// <summary>Root fields of the operation, sent as they are.</summary>
    Root,

    /// <summary>Fields of entities that an earlier fetch returned, fetched through a lookup by key.</summary>
    Entity,
}

/// <summary>One request to one source schema: a subgraph document and where its result goes in the response.</summary>
public sealed class Fetch
{
    internal Fetch(int id, string sourceSchema, FetchKind kind, IReadOnlyList<int> dependsOn, IReadOnlyList<PathStep> target,
        IReadOnlyList<string> responseNames, string document, IReadOnlyList<string> forwardedVariables, EntityLookup? lookup)
    {
        Id = id;
        SourceSchema = sourceSchema;
        Kind = kind;
        DependsOn = dependsOn;
        Target = target;
        ResponseNames = responseNames;
        Document = document;
        ForwardedVariables = forwardedVariables;
        Lookup = lookup;
    }

    public int Id { get; }

    public string SourceSchema { get; }

    public FetchKind Kind { get; }

    /// <summary>The fetches whose results this one needs (its entities, keys or required values).</summary>
    public IReadOnlyList<int> DependsOn { get; }

    /// <summary>
    /// Entity fetches: the path from the root of the response to the entities, in response names, across lists.
    /// Empty for root fetches.
    /// </summary>
    public IReadOnlyList<PathStep> Target { get; }

    /// <summary>The client's response names this fetch fills in at its target; where a failure is reported.</summary>
    public IReadOnlyList<string> ResponseNames { get; }

    /// <summary>The subgraph document for one execution (one entity for entity fetches).</summary>
    public string Document { get; }

    /// <summary>The client's variables the document uses, passed on unchanged.</summary>
    public IReadOnlyList<string> ForwardedVariables { get; }

    /// <summary>Entity fetches: the lookup and the per-entity variables.</summary>
    public EntityLookup? Lookup { get; }

    /// <summary>
    /// Entity fetches sent together with the others of their source schema and plan level: the request that carries
    /// this fetch. Every Apollo entity fetch has one; a lookup fetch only when it shares its request.
    /// </summary>
    public FetchBatch? Batch { get; internal set; }
}

/// <summary>
/// One step of a target path: the response name to follow, and for objects in an abstract position the object
/// type the object reached must have (by its <c>__typename</c>), or null.
/// </summary>
public sealed record PathStep(string ResponseName, string? TypeCondition)
{
    public override string ToString() => TypeCondition is null ? ResponseName : $"{ResponseName}<{TypeCondition}>";
}
