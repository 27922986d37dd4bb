namespace FederatedGraph.Composition.SourceSchemas;

/// <summary>One registry's contribution to composition: its name, its SDL, its settings and, when it has them, its authorisations.</summary>
public sealed record SourceSchema(string Name, string Sdl, SourceSchemaSettings Settings)
{
    /// <summary>The text of its <c>authorisations.json</c>; null when the registry grants nothing.</summary>
    public string? Authorisations { get; init; }

    /// <summary>
    /// An Apollo Federation subgraph: its SDL is read by <see cref="Apollo.SubgraphReader"/>, its entities are fetched
    /// through <c>_entities</c>. False for our registries' Composite Schemas source schemas.
    /// </summary>
    public bool ApolloFederation => Settings.ApolloFederation;

    /// <summary>An Apollo Federation subgraph, from its own SDL (what <c>{ _service { sdl } }</c> returns).</summary>
    public static SourceSchema ApolloSubgraph(string name, string sdl, string? url)
        => new(name, sdl, SourceSchemaSettings.Default with { Url = url, ApolloFederation = true });

    /// <summary>A source schema with no transport settings, as in tests.</summary>
    public static SourceSchema FromSdl(string name, string sdl) => new(name, sdl, SourceSchemaSettings.Default);
}
