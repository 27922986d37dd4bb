using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.FieldSelection;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Satisfiability;

/// <summary>
/// Turns an unsatisfied field into an <c>UNSATISFIABLE_QUERY_PATH</c> error a team can act on: located at
/// the field in a schema that owns it, naming the query path, every owner tried from every context and why
/// it failed, and what to add.
/// </summary>
internal sealed class UnsatisfiableQueryPathReport(ExecutionModel model, FieldResolver resolver)
{
    public CompositionError Describe(UnsatisfiedField failure)
    {
        var type = failure.Parent.Type;
        var field = failure.Field;
        var declarations = model.Merged.SourcesOf(type, field);
        var owners = declarations.Where(d => d.Resolves).ToList();
        var places = (owners.Count > 0 ? owners : declarations)
            .Select(d => (d.Schema, Location: model.LocalField(d.Schema, type, field)!.Location))
            .ToList();

        var attempts = owners.SelectMany(owner => failure.Parent.Contexts.Select(from => Attempt(from, owner, type, field))).ToList();
        var reasons = attempts.Count > 0
            ? "Tried " + string.Join("; ", attempts.Select(a => a.Reason))
            : $"No source schema resolves it: {string.Join(", ", declarations.Select(d => $"{d.Schema} declares it {(d.IsExternal ? "@external" : "but lost it to an @override")}"))}";
        var fixes = attempts.Count > 0
            ? attempts.Select(a => a.Fix).Distinct().ToList()
            : [$"declare {type}.{field} without @external in the schema that holds its data"];

        var message = $"The query path {string.Join(" -> ", failure.Path)} cannot be satisfied: it reaches {type} in " +
            $"{Schemas(failure.Parent.Contexts.Select(c => c.Schema))}, and {type}.{field} {(owners.Count > 0 ? $"is resolved by {Schemas(owners.Select(o => o.Schema))}" : "has no resolving declaration")}. " +
            $"{reasons}. To fix it, {string.Join(", or ", fixes)}.";
        return new CompositionError(SatisfiabilityValidator.UnsatisfiableQueryPath, CompositionSeverity.Error, places[0].Schema, places[0].Location, message)
        {
            Related = places.Skip(1).ToList(),
        };
    }

    private (string Reason, string Fix) Attempt(ExecutionContext from, FieldSource owner, string type, string field)
    {
        var prefix = $"schema {owner.Schema}, starting in schema {from.Schema}: ";
        if (from.Schema != owner.Schema)
        {
            var lookups = model.LookupsEntering(owner.Schema, type).ToList();
            if (lookups.Count == 0)
                return (prefix + $"schema {owner.Schema} has no lookup for {type}", $"add a @lookup for {type} to schema {owner.Schema}");

            var blocked = lookups
                .Select(lookup => (Lookup: lookup, Missing: resolver.UnresolvableArguments(lookup, from).ToList()))
                .Where(l => l.Missing.Count > 0)
                .ToList();
            if (blocked.Count == lookups.Count)
            {
                var why = blocked.Select(l => $"its lookup {Display(l.Lookup)} needs {string.Join(" and ", l.Missing.Select(a => $"'{a.Map}' (argument {a.Name})"))}, which cannot be obtained for {type} starting in {from.Schema}");
                var needed = string.Join(", ", blocked.SelectMany(l => l.Missing).Select(a => $"'{a.Map}'").Distinct());
                return (prefix + string.Join("; ", why),
                    $"make {needed} obtainable for {type} from {from.Schema} (declare it there, or in a schema with a @lookup for {type} that {from.Schema} can call), or add a @lookup for {type} to schema {owner.Schema} keyed by fields {from.Schema} has");
            }
        }

        // An Apollo @requires is checked as one more requirement on the parent's fields.
        IEnumerable<Requirement> requirements = owner.Requires is { } requires && Apollo.SelectionMaps.Requires(requires) is { } required
            ? [.. owner.Requirements, required]
            : owner.Requirements;
        var unmet = requirements.Where(r => !resolver.RequirementResolvable(from, owner, type, field, r, ActiveGoals.None)).ToList();
        var maps = string.Join(", ", unmet.Select(r => $"'{r.Map}'"));
        return (prefix + $"its {string.Join(", ", unmet.Select(r => (r.Argument == Apollo.SelectionMaps.RequiresArgument ? $"@requires(fields: \"{owner.Requires}\")" : $"@require on argument {r.Argument}") + $" ('{r.Map}'{OtherOwners(r, owner.Schema, type)})"))} cannot be obtained from a schema other than {owner.Schema}",
            $"make {maps} obtainable for {type} from a schema other than {owner.Schema} that {from.Schema} can reach (declare it there and give that schema a @lookup for {type})");
    }

    /// <summary>Who else resolves the fields the requirement starts with, so the team knows where a lookup is missing.</summary>
    private string OtherOwners(Requirement requirement, string requiringSchema, string type)
    {
        if (model.Map(requirement.Map) is not { } map) return "";
        var others = RootFields(map)
            .SelectMany(field => model.OwnerOptions(type, field, CandidateSchemas.AllExcept(requiringSchema)))
            .Select(o => o.Schema)
            .Distinct()
            .ToList();
        return others.Count == 0
            ? $", which no schema other than {requiringSchema} resolves"
            : $", resolved outside {requiringSchema} only by {Schemas(others)}";
    }

    private static IEnumerable<string> RootFields(SelectedValue value) => value switch
    {
        SelectedPath path => [path.Path.Segments[0].Field],
        SelectedObject selected => selected.Fields.SelectMany(f => RootFields(f.Value)),
        SelectedChoice choice => choice.Options.SelectMany(RootFields),
        SelectedList list => RootFields(list.Element),
        _ => [],
    };

    private static string Display(Lookup lookup) => "Query." + string.Join(".", lookup.Path.Append(lookup.Field));

    private static string Schemas(IEnumerable<string> names)
    {
        var list = names.Distinct().ToList();
        return (list.Count == 1 ? "schema " : "schemas ") + string.Join(", ", list);
    }
}
