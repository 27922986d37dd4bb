using FederatedGraph.Composition.Merging;

namespace FederatedGraph.Composition.Satisfiability;

/// <summary>
/// The spec's ResolveField, EnterType, LookupInputsResolvable and ResolveRequirements: which owners of a
/// field the executor can use, given the contexts its parent value is available in.
/// </summary>
internal sealed class FieldResolver
{
    private readonly ExecutionModel model;
    private readonly SelectionMapResolver maps;

    // A goal proven once stays proven: its proof did not rely on itself. A refutation only holds for the
    // pending goals it was found under, so only refutations found with none pending are remembered.
    private readonly HashSet<Goal> proven = [];
    private readonly HashSet<Goal> refuted = [];

    public FieldResolver(ExecutionModel model)
    {
        this.model = model;
        maps = new SelectionMapResolver(model, this);
    }

    /// <summary>The owners of <c>type.field</c> that some context can reach and whose requirements can be supplied there.</summary>
    public List<FieldSource> ResolveField(IReadOnlyList<ExecutionContext> contexts, string type, string field, CandidateSchemas candidates, ActiveGoals goals)
        => [.. model.OwnerOptions(type, field, candidates).Where(owner => contexts.Any(from =>
            CanEnter(from, owner.Schema, type, candidates, goals) && RequirementsResolvable(from, owner, type, field, goals)))];

    /// <summary>Whether the value can be brought into <paramref name="schema"/>: it is already there, or a lookup of that schema takes it.</summary>
    public bool CanEnter(ExecutionContext from, string schema, string type, CandidateSchemas candidates, ActiveGoals goals)
    {
        if (!candidates.Allows(schema)) return false;
        if (from.Schema == schema) return true;
        return Prove(new EnterGoal(from, schema, type, candidates), goals,
            pending => model.LookupsEntering(schema, type).Any(lookup => lookup.Arguments.All(argument => LookupArgumentResolvable(argument, from, pending))));
    }

    /// <summary>The lookup's arguments that cannot be built from <paramref name="from"/> (for diagnostics).</summary>
    public IEnumerable<LookupArgument> UnresolvableArguments(Lookup lookup, ExecutionContext from)
    {
        var pending = ActiveGoals.None.With(new EnterGoal(from, lookup.Schema, from.Type, CandidateSchemas.All));
        return lookup.Arguments.Where(argument => !LookupArgumentResolvable(argument, from, pending));
    }

    public bool RequirementsResolvable(ExecutionContext from, FieldSource owner, string type, string field, ActiveGoals goals)
        => owner.Requirements.All(requirement => RequirementResolvable(from, owner, type, field, requirement, goals))
           && (owner.Requires is not { } requires || Apollo.SelectionMaps.Requires(requires) is not { } required
               || RequirementResolvable(from, owner, type, field, required, goals));

    /// <summary>A <c>@require</c>d value must come from a schema other than the one that requires it; routing to that schema may use any.</summary>
    public bool RequirementResolvable(ExecutionContext from, FieldSource owner, string type, string field, Requirement requirement, ActiveGoals goals)
        => Prove(new RequirementGoal(from, owner.Schema, type, field, requirement.Argument), goals,
            pending => maps.Resolvable(requirement.Map, from, CandidateSchemas.AllExcept(owner.Schema), pending));

    // Lookup inputs are selected from the current value, through any source schema.
    private bool LookupArgumentResolvable(LookupArgument argument, ExecutionContext from, ActiveGoals goals)
        => maps.Resolvable(argument.Map, from, CandidateSchemas.All, goals);

    private bool Prove(Goal goal, ActiveGoals goals, Func<ActiveGoals, bool> attempt)
    {
        if (proven.Contains(goal)) return true;
        if (goals.Contains(goal) || (goals.IsEmpty && refuted.Contains(goal))) return false;

        var result = attempt(goals.With(goal));
        if (result) proven.Add(goal);
        else if (goals.IsEmpty) refuted.Add(goal);
        return result;
    }
}
