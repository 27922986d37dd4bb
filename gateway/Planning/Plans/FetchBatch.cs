namespace FederatedGraph.Gateway.Planning.Plans;

/// <summary>
/// The entity fetches of one plan level against one source schema, sent as one request.
/// <para>Apollo entity fetches go in one document: fetches that select the same share one <c>_entities</c> call
/// whose representations are theirs together, so an entity that several paths reach is asked for once; other
/// selections get a call each, under the aliases <c>_fg_0</c>, <c>_fg_1</c>, ... A lone fetch is a batch of one call
/// without an alias.</para>
/// <para>Lookup fetches of a source schema that takes request batches of variable batches go as one request batch,
/// one variable batch per fetch (<see cref="Calls"/> is empty and each fetch keeps its own document).</para>
/// </summary>
public sealed class FetchBatch
{
    internal FetchBatch(string sourceSchema, IReadOnlyList<Fetch> fetches, IReadOnlyList<EntitiesCall> calls, IReadOnlyList<int> dependsOn,
        string? document, IReadOnlyList<string> forwardedVariables)
    {
        SourceSchema = sourceSchema;
        Fetches = fetches;
        Calls = calls;
        DependsOn = dependsOn;
        Document = document;
        ForwardedVariables = forwardedVariables;
    }

    public string SourceSchema { get; }

    /// <summary>The fetches the request carries, in plan order.</summary>
    public IReadOnlyList<Fetch> Fetches { get; }

    /// <summary>Apollo entity fetches: the <c>_entities</c> calls of <see cref="Document"/>; empty for lookup fetches.</summary>
    public IReadOnlyList<EntitiesCall> Calls { get; }

    /// <summary>A batch of Apollo entity fetches (one document of <c>_entities</c> calls), not of lookup fetches.</summary>
    public bool IsEntities => Calls.Count > 0;

    /// <summary>The fetches outside the batch whose results one of its fetches needs: the batch waits for all of them.</summary>
    public IReadOnlyList<int> DependsOn { get; }

    /// <summary>Apollo entity fetches: the one document of the request; null for lookup fetches.</summary>
    public string? Document { get; }

    /// <summary>Apollo entity fetches: the client's variables one of the calls uses.</summary>
    public IReadOnlyList<string> ForwardedVariables { get; }
}

/// <summary>
/// One <c>_entities</c> call of a <see cref="FetchBatch"/>: its response name in the subgraph's result, the variable
/// that carries its representations, and the fetches (with one and the same document) whose entities it asks for.
/// </summary>
public sealed record EntitiesCall(string ResponseName, string Variable, IReadOnlyList<Fetch> Fetches);
