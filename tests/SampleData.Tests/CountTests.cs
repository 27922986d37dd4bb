namespace FederatedGraph.Subgraphs.SampleData.Tests;

[Collection(DefaultMunicipalityCollection.Name)]
public class CountTests(DefaultMunicipality data)
{
    [Fact]
    public void Counts_known_up_front_match_the_enumerated_counts()
    {
        var m = data.Municipality;
        Assert.Equal(data.Woonplaatsen.Count, m.Bag.Woonplaatsen.Count);
        Assert.Equal(data.OpenbareRuimten.Count, m.Bag.OpenbareRuimten.Count);
        Assert.Equal(data.Nummeraanduidingen.Count, m.Bag.Nummeraanduidingen.Count);
        Assert.Equal(data.Verblijfsobjecten.Count, m.Bag.Verblijfsobjecten.Count);
        Assert.Equal(data.Panden.Count, m.Bag.Panden.Count);
        Assert.Equal(data.Personen.Count, m.Brp.Personen.Count);
        Assert.Equal(data.MaatschappelijkeActiviteiten.Count, m.Hr.MaatschappelijkeActiviteiten.Count);
        Assert.Equal(data.Vestigingen.Count, m.Hr.Vestigingen.Count);
        Assert.Equal(data.WozObjecten.Count, m.Woz.WozObjecten.Count);
        Assert.Equal(data.OnroerendeZaken.Count, m.Brk.OnroerendeZaken.Count);
    }
}

public class ScaleTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(333)]
    public void Tiny_municipalities_are_exact_and_consistent(int persons)
    {
        var m = new Municipality(new SampleDataOptions { Persons = persons });
        var personen = m.Brp.Personen.ToList();
        var addresses = m.Bag.Nummeraanduidingen.Select(n => n.Identificatie).ToHashSet();
        var bsns = personen.Select(p => p.Burgerservicenummer).ToHashSet();

        Assert.Equal(persons, personen.Count);
        Assert.All(personen, p => Assert.Contains(p.Verblijfplaats.NummeraanduidingIdentificatie, addresses));
        Assert.All(personen, p => Assert.All(p.Partners.Concat(p.Ouders).Concat(p.Kinderen), r => Assert.Contains(r, bsns)));
        Assert.All(m.Hr.Vestigingen, v => Assert.Contains(v.BezoekadresNummeraanduidingIdentificatie, addresses));
        Assert.All(m.Brk.OnroerendeZaken.SelectMany(z => z.ZakelijkGerechtigden), g =>
            Assert.True(g.Rsin is not null || bsns.Contains(g.Burgerservicenummer!)));
    }

    [Fact]
    public void Medium_scale_burgerservicenummers_are_unique()
    {
        var m = new Municipality(new SampleDataOptions { Persons = 100_000 });
        var bsns = new HashSet<string>();
        foreach (var persoon in m.Brp.Personen)
        {
            Assert.True(bsns.Add(persoon.Burgerservicenummer), persoon.Burgerservicenummer);
        }
        Assert.Equal(100_000, bsns.Count);
    }

    [Fact]
    public void Maximum_scale_fits_the_identifier_and_name_spaces()
    {
        var m = new Municipality(new SampleDataOptions { Persons = SampleDataOptions.MaxPersons });
        Assert.Equal(SampleDataOptions.MaxPersons, m.Brp.Personen.Count);
        Assert.True(m.Bag.Verblijfsobjecten.Count > 0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(SampleDataOptions.MaxPersons + 1)]
    public void Rejects_sizes_out_of_range(int persons) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Municipality(new SampleDataOptions { Persons = persons }));

    [Fact]
    public void Large_preset_has_a_million_persons() =>
        Assert.Equal(1_000_000, SampleDataOptions.For(SampleDataScale.Large).Persons);
}
