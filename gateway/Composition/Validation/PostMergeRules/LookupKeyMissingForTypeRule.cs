using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.FieldSelection;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;
using FederatedGraph.Composition.Validation.SourceSchemaRules;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <summary>
/// FederatedGraph's own rule for what the spec's <c>@lookup</c> section asks without an error code: every argument
/// of a lookup maps to a field of every object type the lookup can return. An argument without <c>@is</c> maps to
/// the field of its name, which must then exist and need no arguments; an <c>@is</c> map must cover each possible
/// type with one of its alternatives. Otherwise the gateway cannot fill the argument for an entity of that type.
/// As for <c>@is</c>, the fields may come from any source schema. A map that IS_INVALID_FIELDS rejects is left to it.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec--lookup"/>
public sealed class LookupKeyMissingForTypeRule : IPostMergeRule
{
    public string Code => "LOOKUP_KEY_MISSING_FOR_TYPE";

    public void Validate(MergedSchema merged, CompositionLog log)
    {
        var context = new OutputSchemaContext(merged.SourceSchemas);
        foreach (var source in merged.SourceSchemas)
        {
            var validator = new SelectionMapValidator(context, source);
            foreach (var (type, field, argument) in source.FieldArguments().Where(a => a.Field.IsLookup()))
            {
                var coordinate = SourceSchemaElements.Coordinate(type, field, argument);
                if (argument.IsMap() is { } map)
                {
                    if (FieldSelectionMap.TryParse(map, out _) is not { } parsed || validator.Validate(parsed, field.Type.NamedType, argument.Type) is not null) continue;
                    foreach (var possibleType in source.PossibleTypes(field.Type.NamedType).Where(t => !SelectionMapCoverage.Admits(context, parsed, t.Name)))
                        log.Error(Code, source, argument,
                            $"The lookup argument {coordinate} cannot be filled for {possibleType.Name}: no alternative of @is(field: \"{map}\") applies to it. Add an alternative for {possibleType.Name}, or narrow the lookup's return type.");
                    continue;
                }

                foreach (var possibleType in source.PossibleTypes(field.Type.NamedType))
                {
                    if (NameProblem(context, possibleType.Name, argument.Name) is not { } problem) continue;
                    log.Error(Code, source, argument,
                        $"The lookup argument {coordinate} cannot be filled for {possibleType.Name}: {problem}. Map the argument to a field of {possibleType.Name} with @is, or narrow the lookup's return type.");
                }
            }
        }
    }

    /// <summary>Why the field the argument is named after cannot give its value, or null when it can.</summary>
    private static string? NameProblem(OutputSchemaContext context, string type, string name)
    {
        var definitions = context.Definitions(type, name).ToList();
        if (definitions.Count == 0) return $"no source schema gives {type} a field '{name}'";
        return definitions.Select(d => SelectedArguments.Problem(d.Schema, $"{type}.{name} (in {d.Schema.Name})", d.Field, [])).FirstOrDefault(p => p is not null);
    }
}
