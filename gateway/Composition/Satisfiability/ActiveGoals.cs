using System.Collections.Immutable;

namespace FederatedGraph.Composition.Satisfiability;

/// <summary>A prerequisite being proven: entering a type in a schema, or supplying one <c>@require</c>d argument.</summary>
internal abstract record Goal;

/// <summary>Reaching <see cref="Type"/> in <see cref="Schema"/> through one of its lookups, starting at <see cref="From"/>.</summary>
internal sealed record EnterGoal(ExecutionContext From, string Schema, string Type, CandidateSchemas Candidates) : Goal;

/// <summary>Supplying <see cref="Argument"/> of <see cref="Schema"/>'s <c>Type.Field</c> from <see cref="From"/>.</summary>
internal sealed record RequirementGoal(ExecutionContext From, string Schema, string Type, string Field, string Argument) : Goal;

/// <summary>
/// The goals pending on the current branch of a proof. A goal that is already pending supplies nothing
/// (it would prove itself), so cyclic lookup and requirement chains fail instead of recursing forever.
/// </summary>
internal sealed class ActiveGoals
{
    public static readonly ActiveGoals None = new(ImmutableHashSet<Goal>.Empty);

    private readonly ImmutableHashSet<Goal> goals;

    private ActiveGoals(ImmutableHashSet<Goal> goals) => this.goals = goals;

    public bool IsEmpty => goals.IsEmpty;

    public bool Contains(Goal goal) => goals.Contains(goal);

    public ActiveGoals With(Goal goal) => new(goals.Add(goal));
}
