using FederatedGraph.Subgraphs.SampleData.Brp;
using FederatedGraph.Subgraphs.SampleData.Names;

namespace FederatedGraph.Subgraphs.SampleData.Planning;

/// <summary>One household member before it becomes a BRP record; <see cref="Slot"/> fixes its BSN.</summary>
internal sealed record MemberPlan(
    int Slot,
    Geslacht Geslacht,
    string Voornamen,
    Surname Surname,
    DateOnly Geboortedatum,
    string Geboorteplaats,
    DateOnly? Overlijdensdatum)
{
    public bool IsAlive => Overlijdensdatum is null;
}

/// <summary>
/// A household living at one dwelling. Slot 0 is always a living adult (other registries rely on
/// it as owner, user or sole proprietor); slot 1 is the partner; slots 2..4 are children.
/// </summary>
internal sealed record HouseholdPlan(int Index, IReadOnlyList<MemberPlan> Adults, IReadOnlyList<MemberPlan> Children)
{
    public const int FirstChildSlot = 2;

    public MemberPlan Head => Adults[0];
}
