namespace FederatedGraph.BananaCakePop;

/// <summary>How the IDE at one endpoint presents itself, and what a new document in it starts with.</summary>
/// <param name="Title">Shown in the browser tab and the IDE, e.g. the registry's or the gateway's name.</param>
public sealed record BananaCakePopOptions(string Title)
{
    /// <summary>The operation a new document holds ("Create Document", a new tab), e.g. a first query to try; null leaves it empty.</summary>
    public string? Document { get; init; }

    /// <summary>
    /// HTTP headers a new document sends with every request to the endpoint, its introspection included (e.g. a
    /// development token). They show in the document's connection settings, where a person can change them.
    /// </summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
