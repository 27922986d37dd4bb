namespace FederatedGraph.Subgraphs.SampleData.Tests;

public class DeterminismTests
{
    private static readonly SampleDataOptions Small = new() { Persons = 2_000, Seed = 7 };

    [Fact]
    public void Same_seed_generates_equal_data_in_every_registry()
    {
        Municipality first = new(Small), second = new(Small);

        Assert.Equal(first.Bag.Woonplaatsen, second.Bag.Woonplaatsen);
        Assert.Equal(first.Bag.OpenbareRuimten, second.Bag.OpenbareRuimten);
        Assert.Equal(first.Bag.Nummeraanduidingen, second.Bag.Nummeraanduidingen);
        Assert.Equal(first.Bag.Verblijfsobjecten, second.Bag.Verblijfsobjecten);
        Assert.Equal(first.Bag.Panden, second.Bag.Panden);
        Assert.Equal(first.Brp.Personen, second.Brp.Personen);
        Assert.Equal(first.Hr.MaatschappelijkeActiviteiten, second.Hr.MaatschappelijkeActiviteiten);
        Assert.Equal(first.Hr.Vestigingen, second.Hr.Vestigingen);
        Assert.Equal(first.Woz.WozObjecten, second.Woz.WozObjecten);
        Assert.Equal(first.Brk.OnroerendeZaken, second.Brk.OnroerendeZaken);
    }

    [Fact]
    public void Enumerating_twice_yields_the_same_sequence()
    {
        var personen = new Municipality(Small).Brp.Personen;
        Assert.Equal(personen.ToList(), personen.ToList());
    }

    [Fact]
    public void Different_seeds_generate_different_data()
    {
        Municipality first = new(Small), second = new(Small with { Seed = 8 });

        Assert.NotEqual(first.Brp.Personen.Select(p => p.Burgerservicenummer), second.Brp.Personen.Select(p => p.Burgerservicenummer));
        Assert.NotEqual(first.Bag.OpenbareRuimten.Select(o => o.Naam), second.Bag.OpenbareRuimten.Select(o => o.Naam));
        Assert.NotEqual(first.Hr.MaatschappelijkeActiviteiten, second.Hr.MaatschappelijkeActiviteiten);
    }
}
