using System.Text.Json;
using FederatedGraph.Authorization;

namespace FederatedGraph.Composition.SourceSchemas;

/// <summary>
/// Reads the source schemas kept under a schema directory: one folder per registry (e.g. <c>schema/brp/</c>)
/// with its <c>schema.graphqls</c> and <c>schema-settings.json</c>, in folder-name order.
/// </summary>
public static class SourceSchemaDirectory
{
    public const string SdlFileName = "schema.graphqls";
    public const string SettingsFileName = "schema-settings.json";

    /// <summary>Each source schema's name and settings; throws <see cref="SourceSchemaException"/> when a settings file is missing or malformed.</summary>
    public static IReadOnlyList<(string Name, SourceSchemaSettings Settings)> ReadSettings(string schemaDirectory)
    {
        if (!Directory.Exists(schemaDirectory))
            throw new SourceSchemaException($"The schema directory '{schemaDirectory}' does not exist. Pass the right one with --schema-dir.");
        var folders = Directory.GetDirectories(schemaDirectory)
            .Where(d => File.Exists(Path.Combine(d, SdlFileName)) || File.Exists(Path.Combine(d, SettingsFileName)))
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToList();
        if (folders.Count == 0)
            throw new SourceSchemaException($"No source schemas under '{schemaDirectory}': expected folders with {SdlFileName} and {SettingsFileName}.");
        return [.. folders.Select(folder => (Path.GetFileName(folder), Settings(folder)))];
    }

    /// <summary>Every source schema with its SDL, settings and authorisations read from disk.</summary>
    public static IReadOnlyList<SourceSchema> Read(string schemaDirectory)
        => [.. ReadSettings(schemaDirectory).Select(s => new SourceSchema(s.Name, Sdl(Path.Combine(schemaDirectory, s.Name)), s.Settings)
        {
            Authorisations = Authorisations(Path.Combine(schemaDirectory, s.Name)),
        })];

    /// <summary>The registry's authorisations file, read with the schemas whether they come from disk or from the running registries.</summary>
    public static string? Authorisations(string folder)
    {
        var path = Path.Combine(folder, AuthorisationFile.FileName);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    private static SourceSchemaSettings Settings(string folder)
    {
        var path = Path.Combine(folder, SettingsFileName);
        if (!File.Exists(path))
            throw new SourceSchemaException($"{path} is missing. Add it with the subgraph's url and capabilities, e.g. {{ \"url\": \"http://127.0.0.1:5101/graphql\", \"capabilities\": {{ \"variableBatching\": true, \"requestBatching\": true }} }}.");
        try
        {
            return SourceSchemaSettings.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new SourceSchemaException($"{path} is not valid: {e.Message}");
        }
    }

    private static string Sdl(string folder)
    {
        var path = Path.Combine(folder, SdlFileName);
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new SourceSchemaException($"{path} is missing. Export it from the subgraph (dotnet run --project subgraphs/<Registry> -- export-schema) or compose with --from-urls.");
    }
}

/// <summary>A source schema or its settings could not be read; the message says which file and what to do.</summary>
public sealed class SourceSchemaException(string message) : Exception(message);
