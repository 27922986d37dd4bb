using FederatedGraph.Composition.FieldSelection;

namespace FederatedGraph.Composition.Satisfiability;

/// <summary>
/// The spec's SelectionMapResolvable: whether the executor can select every value a field selection map
/// (<c>@is</c> or <c>@require</c>) needs, starting at the current value. The owner of each path step is an
/// existential choice; the concrete types that owner may return are checked universally.
/// </summary>
/// <remarks>
/// Simplification: an alternative (<c>a | b</c>) is satisfied when one alternative is, for all runtime types
/// it applies to; the spec's finer per-runtime-type mixing of alternatives is not modelled.
/// </remarks>
internal sealed class SelectionMapResolver(ExecutionModel model, FieldResolver fields)
{
    public bool Resolvable(string map, ExecutionContext from, CandidateSchemas candidates, ActiveGoals goals)
        => model.Map(map) is { } value && Resolvable(value, new ValuePosition(from.Type, [from]), candidates, goals);

    private bool Resolvable(SelectedValue value, ValuePosition at, CandidateSchemas candidates, ActiveGoals goals) => value switch
    {
        SelectedChoice choice => choice.Options.Any(option => Resolvable(option, at, candidates, goals)),
        SelectedObject selected => selected.Fields.All(field => Resolvable(field.Value, at, candidates, goals)),
        SelectedList list => Resolvable(list.Element, at, candidates, goals),
        SelectedPath path => (path.Path.TypeCondition is not { } condition || model.Matches(at.Type, condition))
            && PathResolvable(path.Path.Segments, 0, path.Selection, at, candidates, goals),
        _ => false,
    };

    private bool PathResolvable(IReadOnlyList<PathSegment> segments, int index, SelectedValue? selection, ValuePosition at, CandidateSchemas candidates, ActiveGoals goals)
    {
        var segment = segments[index];
        var isLast = index == segments.Count - 1;
        foreach (var owner in fields.ResolveField(at.Contexts, at.Type, segment.Field, candidates, goals))
        {
            if (isLast && selection is null) return true;

            // A type condition on the step keeps only the runtime types it names; the others are another alternative's business.
            var positions = model.FieldValueContexts(owner.Schema, at.Type, segment.Field)
                .Where(c => segment.TypeCondition is null || model.Matches(c.Type, segment.TypeCondition))
                .GroupBy(c => c.Type)
                .Select(g => new ValuePosition(g.Key, [.. g]))
                .ToList();
            if (positions.Count > 0 && positions.All(next => isLast
                    ? Resolvable(selection!, next, candidates, goals)
                    : PathResolvable(segments, index + 1, selection, next, candidates, goals)))
                return true;
        }
        return false;
    }
}
