using FederatedGraph.Composition.Apollo;
using FederatedGraph.Composition.Authorisations;
using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;
using FederatedGraph.Composition.Satisfiability;
using FederatedGraph.Composition.SourceSchemas;
using FederatedGraph.Composition.Validation;

namespace FederatedGraph.Composition;

/// <summary>The outcome of composition: the merged schema when it succeeded, and every error and warning.</summary>
public sealed record CompositionResult(MergedSchema? Schema, IReadOnlyList<CompositionError> Entries)
{
    public bool Succeeded => Schema is not null;

    public IEnumerable<CompositionError> Errors => Entries.Where(e => e.Severity == CompositionSeverity.Error);

    public IEnumerable<CompositionError> Warnings => Entries.Where(e => e.Severity == CompositionSeverity.Warning);
}

/// <summary>
/// Runs the spec's phases in order: validate each source schema (and compose the registries' authorisations), validate them against each other,
/// merge, validate the merged schema, check satisfiability. A phase with errors ends composition,
/// since later phases assume what it checked.
/// </summary>
public static class Composer
{
    public static CompositionResult Compose(IReadOnlyList<SourceSchema> sources)
    {
        var log = new CompositionLog();
        var schemas = new List<SchemaModel>();
        foreach (var source in sources)
        {
            var schema = source.ApolloFederation ? SubgraphReader.Read(source.Name, source.Sdl, log) : SdlReader.Read(source.Name, source.Sdl, log);
            if (schema is not null) schemas.Add(schema);
        }
        if (log.HasErrors) return Failed(log);
        ApolloEnums.Prepare(schemas);

        var activities = ActivityComposition.Compose(sources, schemas, log);
        if (log.HasErrors) return Failed(log);

        foreach (var schema in schemas)
            foreach (var rule in CompositionRules.SourceSchemaRules)
                rule.Validate(schema, log);
        if (log.HasErrors) return Failed(log);

        foreach (var rule in CompositionRules.PreMergeRules)
            rule.Validate(schemas, log);
        if (log.HasErrors) return Failed(log);

        var merged = SchemaMerger.Merge(schemas, log);
        if (log.HasErrors) return Failed(log);

        foreach (var rule in CompositionRules.PostMergeRules)
            rule.Validate(merged, log);
        if (log.HasErrors) return Failed(log);

        SatisfiabilityValidator.Validate(merged, log);
        merged.ProcessingActivities = activities;
        return log.HasErrors ? Failed(log) : new CompositionResult(merged, log.Entries);
    }

    private static CompositionResult Failed(CompositionLog log) => new(null, log.Entries);
}
