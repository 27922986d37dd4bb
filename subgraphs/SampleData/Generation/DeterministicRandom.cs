namespace FederatedGraph.Subgraphs.SampleData.Generation;

/// <summary>
/// SplitMix64 stream keyed by (seed, stream, index). Any entity can be regenerated from its
/// index alone, in any order and on any thread, which is what lets one registry compute the
/// facts it needs about another (a household's adults, a parcel's owners) without enumerating it.
/// System.Random is avoided because its seeded sequence is not a documented contract.
/// </summary>
internal sealed class DeterministicRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private ulong state;

    public DeterministicRandom(int seed, RandomStream stream, long index)
    {
        state = Mix(Mix((ulong)(uint)seed + Golden * (ulong)stream) ^ (ulong)index);
    }

    public ulong NextUInt64()
    {
        state += Golden;
        return Mix(state);
    }

    /// <summary>Uniform in [0, maxExclusive); multiply-shift keeps the bias far below anything visible.</summary>
    public int Next(int maxExclusive) => (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);

    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Uniform date in [from, to]; returns <paramref name="from"/> when the range is empty.</summary>
    public DateOnly NextDate(DateOnly from, DateOnly to) =>
        to <= from ? from : DateOnly.FromDayNumber(from.DayNumber + Next(to.DayNumber - from.DayNumber + 1));

    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
