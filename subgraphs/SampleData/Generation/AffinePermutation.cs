namespace FederatedGraph.Subgraphs.SampleData.Generation;

/// <summary>
/// Seeded bijection on [0, size): x → (a·x + c) mod size with gcd(a, size) = 1. It spreads
/// consecutive indices over a range and has an O(1) inverse, so cross references
/// (household ↔ dwelling, business ↔ business unit) are arithmetic in both directions
/// instead of lookups in million-entry dictionaries.
/// </summary>
internal sealed class AffinePermutation
{
    private readonly long multiplier;
    private readonly long inverseMultiplier;
    private readonly long offset;

    public AffinePermutation(long size, int seed, long purpose)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        // Products a·x must fit in a long.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, 3_000_000_000L);
        Size = size;

        var random = new DeterministicRandom(seed, RandomStream.Permutation, purpose);
        offset = (long)(random.NextUInt64() % (ulong)size);
        // Start in the middle third so neighbours land far apart, then walk to a coprime.
        var candidate = size / 3 + (long)(random.NextUInt64() % (ulong)Math.Max(1, size / 3));
        while (Gcd(candidate, size) != 1)
        {
            candidate = candidate % size + 1;
        }
        multiplier = candidate % size;
        inverseMultiplier = ModularInverse(multiplier, size);
    }

    public long Size { get; }

    public long Forward(long x) => (multiplier * x + offset) % Size;

    public long Inverse(long y) => inverseMultiplier * ((y - offset + Size) % Size) % Size;

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }
        return a;
    }

    private static long ModularInverse(long a, long modulus)
    {
        if (modulus == 1)
        {
            return 0;
        }
        // Extended Euclid.
        long t = 0, newT = 1, r = modulus, newR = a;
        while (newR != 0)
        {
            var quotient = r / newR;
            (t, newT) = (newT, t - quotient * newT);
            (r, newR) = (newR, r - quotient * newR);
        }
        return t < 0 ? t + modulus : t;
    }
}
