namespace FederatedGraph.Subgraphs.SampleData.Tests;

internal static class AssertUnique
{
    public static void Values<T>(IEnumerable<T> values, string what)
    {
        var duplicates = values.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => g.Key).Take(5).ToList();
        Assert.True(duplicates.Count == 0, $"Duplicate {what}: {string.Join(", ", duplicates)}");
    }
}
