using System.Text.Json;
using FederatedGraph.Authorization;
using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;
using FederatedGraph.Composition.SourceSchemas;

namespace FederatedGraph.Composition.Authorisations;

/// <summary>
/// Composes the registries' authorisations (<c>schema/&lt;registry&gt;/authorisations.json</c>) for the gateway: each
/// file's grants are resolved against its own source schema into plain coordinates, and the grants of one processing
/// activity are gathered under it. Not a rule of the Composite Schemas spec, which has no authorisation: FederatedGraph's own.
/// </summary>
public static class ActivityComposition
{
    /// <summary>The file is not valid JSON of the authorisations format.</summary>
    public const string InvalidFile = "AUTHORISATIONS_INVALID";

    /// <summary>A grant names a type, field or argument its source schema does not have.</summary>
    public const string UnknownCoordinate = "AUTHORISATION_UNKNOWN_COORDINATE";

    /// <summary>Two registries describe one processing activity differently (version, name, validity, flags).</summary>
    public const string ActivityMismatch = "PROCESSING_ACTIVITY_MISMATCH";

    public static IReadOnlyList<ProcessingActivity> Compose(IReadOnlyList<SourceSchema> sources, IReadOnlyList<SchemaModel> schemas, CompositionLog log)
    {
        var composed = new Dictionary<string, (ProcessingActivity Activity, string Schema)>(StringComparer.Ordinal);
        foreach (var source in sources.Where(s => s.Authorisations is not null))
        {
            var file = $"{source.Name}/{AuthorisationFile.FileName}";
            IReadOnlyList<ProcessingActivity> activities;
            try
            {
                activities = AuthorisationFile.Parse(source.Authorisations!);
            }
            catch (JsonException exception)
            {
                log.Error(InvalidFile, file, SourceLocation.Unknown, exception.Message);
                continue;
            }
            var shape = new SchemaModelShape(schemas.First(s => s.Name == source.Name));
            foreach (var activity in activities)
            {
                var grants = activity.Grants.Select(grant =>
                {
                    var (resolved, problems) = GrantResolver.Resolve(grant, shape);
                    foreach (var problem in problems)
                        log.Error(UnknownCoordinate, file, Locate(source.Authorisations!, problem.Entry),
                            $"The grant of {activity.Id} '{problem.Entry}' {problem.Message} Name a coordinate of the {source.Name} source schema.");
                    return resolved.ToDeclared(source.Name, grant.Clients);
                }).ToList();
                if (!composed.TryGetValue(activity.Id, out var earlier))
                    composed[activity.Id] = (activity with { Grants = grants }, source.Name);
                else if (!earlier.Activity.SameRegisterEntry(activity))
                    log.Error(ActivityMismatch, file, Locate(source.Authorisations!, activity.Id),
                        $"{source.Name} describes the processing activity {activity.Id} differently from {earlier.Schema} " +
                        "(version, name, validity, confidential or developmentOnly): both must copy the same entry of the register.");
                else
                    composed[activity.Id] = (earlier.Activity with { Grants = [.. earlier.Activity.Grants, .. grants] }, earlier.Schema);
            }
        }
        return [.. composed.Values.Select(c => c.Activity).OrderBy(a => a.Id, StringComparer.Ordinal)];
    }

    /// <summary>Where an entry is written in the file: the first occurrence of it as a JSON string.</summary>
    private static SourceLocation Locate(string text, string entry)
    {
        var index = text.IndexOf(JsonSerializer.Serialize(entry), StringComparison.Ordinal);
        if (index < 0) return SourceLocation.Unknown;
        var line = 1 + text.AsSpan(0, index).Count('\n');
        return new SourceLocation(line, index - text.LastIndexOf('\n', Math.Max(index - 1, 0)));
    }
}
