using FederatedGraph.Checkout;
using FederatedGraph.Composition;
using CompositeSchemaComposer = FederatedGraph.Composition.Composer;
using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;
using FederatedGraph.Composition.Output;
using FederatedGraph.Composition.SourceSchemas;

namespace FederatedGraph.Gateway.Composer;

/// <summary>
/// <c>compose</c>: reads (or fetches) the source schemas, composes them, reports errors and warnings, and
/// writes the gateway files, or with <c>--check</c> compares them with the committed ones.
/// </summary>
public static class ComposeTool
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, ComposeEnvironment environment)
    {
        var (output, error) = (environment.Output, environment.Error);
        if (args is ["--help" or "-h" or "help", ..])
        {
            output.WriteLine(ComposeOptions.Usage);
            return ExitCodes.Success;
        }
        if (ComposeOptions.Parse(args, out var problem) is not { } options)
        {
            error.WriteLine(problem);
            error.WriteLine(ComposeOptions.Usage);
            return ExitCodes.Usage;
        }

        IReadOnlyList<SourceSchema> sources;
        string schemaDirectory;
        try
        {
            schemaDirectory = options.SchemaDirectory ?? FindSchemaDirectory(environment.WorkingDirectory);
            sources = options.FromUrls
                // The authorisations are reviewed files next to the settings, whichever way the schemas come.
                ? [.. (await new SourceSchemaFetcher(environment.Http).FetchAsync(SourceSchemaDirectory.ReadSettings(schemaDirectory)))
                    .Select(s => s with { Authorisations = SourceSchemaDirectory.Authorisations(Path.Combine(schemaDirectory, s.Name)) })]
                : SourceSchemaDirectory.Read(schemaDirectory);
        }
        catch (SourceSchemaException e)
        {
            foreach (var line in e.Message.Split('\n')) error.WriteLine("error: " + line);
            return ExitCodes.CompositionFailed;
        }

        var result = CompositeSchemaComposer.Compose(sources);
        Report(result, sources.Count, output);
        if (result.Schema is not { } merged) return ExitCodes.CompositionFailed;

        var outputs = GatewayOutputs.Create(merged, sources);
        if (options.Timing) output.WriteLine(CompositionTiming.Measure(sources));
        if (options.Check) return CompatibilityCheck.Run(schemaDirectory, outputs, options.AllowedBreakingChanges, output);

        File.WriteAllText(Path.Combine(schemaDirectory, GatewayOutputs.PublicSchemaFileName), outputs.PublicSchema);
        File.WriteAllText(Path.Combine(schemaDirectory, GatewayOutputs.ConfigurationFileName), outputs.Configuration);
        output.WriteLine($"Wrote {Path.Combine(schemaDirectory, GatewayOutputs.PublicSchemaFileName)} and {GatewayOutputs.ConfigurationFileName}.");
        return ExitCodes.Success;
    }

    /// <summary>One line per finding, e.g. <c>error KEY_INVALID_FIELDS in hr at 12:3: ...</c>, then a count.</summary>
    private static void Report(CompositionResult result, int sourceCount, TextWriter output)
    {
        foreach (var entry in result.Entries) output.WriteLine(Format(entry));
        var errors = result.Errors.Count();
        var warnings = result.Warnings.Count();
        output.WriteLine(result.Succeeded
            ? $"Composed {sourceCount} source schemas: {Count(warnings, "warning")}."
            : $"Composition failed: {Count(errors, "error")}, {Count(warnings, "warning")}.");
    }

    internal static string Format(CompositionError entry)
    {
        var severity = entry.Severity == CompositionSeverity.Error ? "error" : "warning";
        var where = (entry.Schema, entry.Location == SourceLocation.Unknown) switch
        {
            (null, _) => "",
            (var schema, true) => $" in {schema}",
            (var schema, false) => $" in {schema} at {entry.Location}",
        };
        var related = entry.Related.Count == 0 ? "" : " (see also " + string.Join(", ", entry.Related.Select(r => $"{r.Schema} at {r.Location}")) + ")";
        return $"{severity} {entry.Code}{where}: {entry.Message}{related}";
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>The <c>schema</c> folder beside FederatedGraph.sln, looking up from the working directory.</summary>
    private static string FindSchemaDirectory(string workingDirectory)
        => RepositoryRoot.TryFind(workingDirectory) is { } root
            ? Path.Combine(root, "schema")
            : throw new SourceSchemaException($"No {RepositoryRoot.SolutionFile} found above {workingDirectory}. Run the tool inside the repository or pass --schema-dir.");
}
