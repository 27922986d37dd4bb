namespace FederatedGraph.Composition.SourceSchemas;

/// <summary>One registry's contribution to composition: its name, its SDL, its settings and, when it has them, its authorisations.</summary>
public sealed record SourceSchema(string Name, string Sdl, SourceSchemaSettings Settings)
{
    /// <summary>The text of its <c>authorisations.json</c>; null when the registry grants nothing.</summary>
    public string? Authorisations { get; init; }

    /// <summary>A source schema with no transport settings, as in tests.</summary>
    public static SourceSchema FromSdl(string name, string sdl) => new(name, sdl, SourceSchemaSettings.Default);
}
