namespace FederatedGraph.Composition.SourceSchemas;

/// <summary>One registry's contribution to composition: its name, its SDL and its settings.</summary>
public sealed record SourceSchema(string Name, string Sdl, SourceSchemaSettings Settings)
{
    /// <summary>A source schema with no transport settings, as in tests.</summary>
    public static SourceSchema FromSdl(string name, string sdl) => new(name, sdl, SourceSchemaSettings.Default);
}
