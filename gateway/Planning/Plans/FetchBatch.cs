namespace FederatedGraph.Gateway.Planning.Plans;

/// <summary>
/// The Apollo entity fetches of one plan level against one source schema, sent as one request. Fetches that select
/// the same share one <c>_entities</c> call whose representations are theirs together, so an entity that several
/// paths reach is asked for once; other selections get a call each, under the aliases <c>_fg_0</c>, <c>_fg_1</c>, ...
/// A lone fetch is a batch of one call without an alias.
/// </summary>
public sealed class FetchBatch
{
    internal FetchBatch(string sourceSchema, IReadOnlyList<EntitiesCall> calls, IReadOnlyList<int> dependsOn, string document,
        IReadOnlyList<string> forwardedVariables)
    {
        SourceSchema = sourceSchema;
        Calls = calls;
        DependsOn = dependsOn;
        Document = document;
        ForwardedVariables = forwardedVariables;
    }

    public string SourceSchema { get; }

    public IReadOnlyList<EntitiesCall> Calls { get; }

    /// <summary>The fetches outside the batch whose results one of its fetches needs: the batch waits for all of them.</summary>
    public IReadOnlyList<int> DependsOn { get; }

    public string Document { get; }

    /// <summary>The client's variables one of the calls uses.</summary>
    public IReadOnlyList<string> ForwardedVariables { get; }

    public IEnumerable<Fetch> Fetches => Calls.SelectMany(c => c.Fetches);
}

/// <summary>
/// One <c>_entities</c> call of a <see cref="FetchBatch"/>: its response name in the subgraph's result, the variable
/// that carries its representations, and the fetches (with one and the same document) whose entities it asks for.
/// </summary>
public sealed record EntitiesCall(string ResponseName, string Variable, IReadOnlyList<Fetch> Fetches);
