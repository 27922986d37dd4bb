using FederatedGraph.Subgraphs.SampleData.Generation;

namespace FederatedGraph.Subgraphs.SampleData.Planning;

/// <summary>How many adults (1–2) and children (0–3) live in a household.</summary>
internal readonly record struct HouseholdComposition(int Adults, int Children)
{
    public int Size => Adults + Children;

    /// <summary>
    /// Must be the first draws of a household's stream: the layout counts households by
    /// replaying only these draws, and the planner then continues the same stream.
    /// </summary>
    public static HouseholdComposition Draw(DeterministicRandom random)
    {
        var adults = random.Chance(0.55) ? 2 : 1;
        var roll = random.NextDouble();
        var children = adults == 2
            ? roll switch { < 0.45 => 0, < 0.63 => 1, < 0.90 => 2, _ => 3 }
            : roll switch { < 0.80 => 0, < 0.90 => 1, < 0.98 => 2, _ => 3 };
        return new HouseholdComposition(adults, children);
    }

    /// <summary>Children leave first, then the second adult, so the household stays valid.</summary>
    public HouseholdComposition TrimTo(int size) =>
        size >= Size ? this : size <= Adults ? new(size, 0) : new(Adults, size - Adults);
}
