namespace FederatedGraph.Subgraphs.SampleData;

/// <summary>Reads the seed scale a registry is configured with: "default", "large" or a person count.</summary>
public static class SampleScaleParser
{
    public static SampleDataOptions Parse(string? scale)
    {
        if (string.IsNullOrWhiteSpace(scale) || scale.Equals("default", StringComparison.OrdinalIgnoreCase))
            return SampleDataOptions.For(SampleDataScale.Default);
        if (scale.Equals("large", StringComparison.OrdinalIgnoreCase))
            return SampleDataOptions.For(SampleDataScale.Large);
        if (int.TryParse(scale, out var persons) && persons is > 0 and <= SampleDataOptions.MaxPersons)
            return new SampleDataOptions { Persons = persons };
        throw new ArgumentException($"Unknown sample data scale '{scale}': use default, large or a person count up to {SampleDataOptions.MaxPersons}.");
    }
}
