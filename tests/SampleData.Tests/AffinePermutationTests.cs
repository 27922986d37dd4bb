using FederatedGraph.Subgraphs.SampleData.Generation;

namespace FederatedGraph.Subgraphs.SampleData.Tests;

public class AffinePermutationTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(10)]
    [InlineData(997)]
    [InlineData(1_000)]
    [InlineData(4_096)]
    public void Is_a_bijection_with_an_inverse(int size)
    {
        var permutation = new AffinePermutation(size, 2026, 1);
        var images = Enumerable.Range(0, size).Select(x => permutation.Forward(x)).ToList();

        Assert.Equal(Enumerable.Range(0, size).Select(x => (long)x), images.Order());
        Assert.All(Enumerable.Range(0, size), x => Assert.Equal(x, permutation.Inverse(permutation.Forward(x))));
    }
}
