namespace FederatedGraph.Subgraphs.SampleData;

/// <summary>Preset sizes for the generated municipality.</summary>
public enum SampleDataScale
{
    /// <summary>About 10,000 persons: enough for every relation to occur, fast enough for unit tests.</summary>
    Default,

    /// <summary>1,000,000 persons: load and performance testing.</summary>
    Large,
}

/// <summary>What to generate. The same options always produce exactly the same data.</summary>
public sealed record SampleDataOptions
{
    public const int DefaultSeed = 2026;

    /// <summary>Upper bound set by the identifier and name spaces (BSN stems, street names, postcodes).</summary>
    public const int MaxPersons = 2_000_000;

    /// <summary>Exact number of persons in the BRP part (1 ..<see cref="MaxPersons"/>).</summary>
    public int Persons { get; init; } = 10_000;

    public int Seed { get; init; } = DefaultSeed;

    public static SampleDataOptions For(SampleDataScale scale, int seed = DefaultSeed) => new()
    {
        Persons = scale switch
        {
            SampleDataScale.Default => 10_000,
            SampleDataScale.Large => 1_000_000,
            _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, null),
        },
        Seed = seed,
    };
}
