using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Output;
using FederatedGraph.Composition.SourceSchemas;

namespace FederatedGraph.Gateway.Composer;

/// <summary>
/// <c>compose --check</c>: lists how a fresh composition changes the committed public schema, fails on breaking
/// changes that are not allowed, and tells whether the committed gateway files are up to date.
/// </summary>
internal static class CompatibilityCheck
{
    public const string AllowedBreakingChangesFileName = "allowed-breaking-changes.txt";

    public static int Run(string schemaDirectory, GatewayOutputs fresh, IReadOnlyList<string> allowedOnCommandLine, TextWriter output)
    {
        var committedSchema = ReadCommitted(schemaDirectory, GatewayOutputs.PublicSchemaFileName);
        var committedConfiguration = ReadCommitted(schemaDirectory, GatewayOutputs.ConfigurationFileName);

        var log = new CompositionLog();
        var before = SdlReader.Read("committed " + GatewayOutputs.PublicSchemaFileName, committedSchema, log);
        var after = SdlReader.Read("composed " + GatewayOutputs.PublicSchemaFileName, fresh.PublicSchema, log);
        if (before is null || after is null || log.HasErrors)
        {
            foreach (var entry in log.Errors) output.WriteLine(ComposeTool.Format(entry));
            output.WriteLine($"The committed {GatewayOutputs.PublicSchemaFileName} cannot be read, so it cannot be checked. Run compose to write it again.");
            return ExitCodes.CompositionFailed;
        }

        var changes = SchemaDiff.Compare(before, after);
        var allowed = AllowedCoordinates(schemaDirectory, allowedOnCommandLine);
        foreach (var change in changes)
        {
            var note = change.Criticality == ChangeCriticality.Breaking && allowed.Contains(change.Coordinate) ? " (allowed)" : "";
            output.WriteLine(change + note);
        }
        var breaking = changes.Where(c => c.Criticality == ChangeCriticality.Breaking).ToList();
        var refused = breaking.Where(c => !allowed.Contains(c.Coordinate)).ToList();
        output.WriteLine($"{changes.Count} changes to the public schema: {breaking.Count} breaking ({breaking.Count - refused.Count} allowed), " +
            $"{changes.Count(c => c.Criticality == ChangeCriticality.Dangerous)} dangerous, {changes.Count(c => c.Criticality == ChangeCriticality.Safe)} safe.");

        if (refused.Count > 0)
        {
            output.WriteLine($"Breaking changes at {string.Join(", ", refused.Select(c => c.Coordinate).Distinct())}. " +
                $"Avoid them (deprecate first), or accept each with --allow-breaking <coordinate> or a line in schema/{AllowedBreakingChangesFileName}.");
            return ExitCodes.BreakingChanges;
        }
        if (committedSchema != fresh.PublicSchema || committedConfiguration != fresh.Configuration)
        {
            output.WriteLine($"The committed {GatewayOutputs.PublicSchemaFileName} or {GatewayOutputs.ConfigurationFileName} is out of date. " +
                "Run 'dotnet run --project gateway/Composer -- compose' and commit both files.");
            return ExitCodes.OutOfDate;
        }
        output.WriteLine($"The committed {GatewayOutputs.PublicSchemaFileName} and {GatewayOutputs.ConfigurationFileName} are up to date.");
        return ExitCodes.Success;
    }

    /// <summary>The committed file with line endings as composition writes them; empty when it does not exist yet.</summary>
    private static string ReadCommitted(string schemaDirectory, string fileName)
    {
        var path = Path.Combine(schemaDirectory, fileName);
        return File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : "";
    }

    /// <summary>Coordinates from the command line and from the allow file (one per line, # starts a comment).</summary>
    private static HashSet<string> AllowedCoordinates(string schemaDirectory, IReadOnlyList<string> fromCommandLine)
    {
        var allowed = new HashSet<string>(fromCommandLine, StringComparer.Ordinal);
        var path = Path.Combine(schemaDirectory, AllowedBreakingChangesFileName);
        if (!File.Exists(path)) return allowed;
        foreach (var line in File.ReadAllLines(path))
        {
            var coordinate = line.Split('#')[0].Trim();
            if (coordinate.Length > 0) allowed.Add(coordinate);
        }
        return allowed;
    }
}
