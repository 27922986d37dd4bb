using FederatedGraph.DutchIdentifiers;
using FederatedGraph.Subgraphs.SampleData.Generation;

namespace FederatedGraph.Subgraphs.SampleData.Tests;

public class ElfProefTests
{
    [Theory]
    [InlineData("111222333")]
    [InlineData("123456782")]
    public void Accepts_valid_bsn(string bsn) => Assert.True(ElfProef.IsValidBsn(bsn));

    [Theory]
    [InlineData("123456789")] // fails the proef
    [InlineData("000000000")] // sum 0 is not allowed
    [InlineData("12345678")]  // too short
    [InlineData("1234567890")]
    [InlineData("12345678a")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_invalid_bsn(string? bsn) => Assert.False(ElfProef.IsValidBsn(bsn));

    [Theory]
    [InlineData("002564440")]
    [InlineData("001326132")]
    public void Rsin_uses_the_bsn_variant(string rsin) => Assert.True(ElfProef.IsValidRsin(rsin));

    [Fact]
    public void Every_stem_yields_a_valid_distinct_number()
    {
        var stems = Enumerable.Range(1_000_000, 20_000).Concat(Enumerable.Range(9_980_000, 20_000));
        var numbers = stems.Select(ElfProefNumbers.FromStem).ToList();

        Assert.All(numbers, n => Assert.True(ElfProef.IsValidBsn(n), n));
        AssertUnique.Values(numbers, "numbers");
    }
}
