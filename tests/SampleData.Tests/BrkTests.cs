using FederatedGraph.Subgraphs.SampleData.Brk;

namespace FederatedGraph.Subgraphs.SampleData.Tests;

[Collection(DefaultMunicipalityCollection.Name)]
public class BrkTests(DefaultMunicipality data)
{
    [Fact]
    public void Identificaties_and_aanduidingen_are_unique()
    {
        Assert.All(data.OnroerendeZaken, z => Assert.Matches("^[0-9]{15}$", z.Identificatie));
        AssertUnique.Values(data.OnroerendeZaken.Select(z => z.Identificatie), "BRK ids");
        AssertUnique.Values(data.OnroerendeZaken.Select(z => z.KadastraleAanduiding), "kadastrale aanduidingen");
        Assert.All(data.OnroerendeZaken, z =>
        {
            Assert.Matches("^[A-Z]{1,2}$", z.KadastraleAanduiding.Sectie);
            Assert.True(z.KadastraleAanduiding.Perceelnummer > 0);
            // Only an appartementsrecht lacks an area of its own.
            Assert.Equal(z.KadastraleAanduiding.Appartementsindex is null, z.Grootte is > 0);
        });
        Assert.Contains(data.OnroerendeZaken, z => z.KadastraleAanduiding.Appartementsindex is not null);
    }

    [Fact]
    public void Every_address_lies_on_exactly_one_parcel()
    {
        var addresses = data.OnroerendeZaken.SelectMany(z => z.NummeraanduidingIdentificaties).ToList();
        Assert.Equal(data.Nummeraanduidingen.Select(n => n.Identificatie).Order(), addresses.Order());
    }

    [Fact]
    public void Each_pand_lies_on_one_perceel()
    {
        var perceelByAddress = data.OnroerendeZaken
            .SelectMany(z => z.NummeraanduidingIdentificaties.Select(a => (Address: a, Perceel: z.KadastraleAanduiding with { Appartementsindex = null })))
            .ToDictionary(x => x.Address, x => x.Perceel);

        var percelenPerPand = data.Verblijfsobjecten
            .GroupBy(v => v.PandIdentificaties.Single())
            .Select(g => g.Select(v => perceelByAddress[v.HoofdadresIdentificatie]).Distinct().Count());
        Assert.All(percelenPerPand, count => Assert.Equal(1, count));
    }

    [Fact]
    public void Zakelijk_gerechtigden_exist_and_their_shares_add_up_to_one()
    {
        Assert.All(data.OnroerendeZaken, z =>
        {
            Assert.NotEmpty(z.ZakelijkGerechtigden);
            Assert.All(z.ZakelijkGerechtigden, g =>
            {
                Assert.Equal(SoortenRecht.Eigendom, g.SoortRecht);
                Assert.True((g.Burgerservicenummer is null) != (g.Rsin is null));
                if (g.Burgerservicenummer is not null)
                {
                    Assert.Null(data.PersonenByBsn[g.Burgerservicenummer].Overlijden);
                }
                else
                {
                    Assert.Contains(g.Rsin!, data.Rsins);
                }
            });
            // Sum of teller/noemer == 1, in exact integer arithmetic.
            var common = z.ZakelijkGerechtigden.Aggregate(1L, (product, g) => product * g.Aandeel.Noemer);
            Assert.Equal(common, z.ZakelijkGerechtigden.Sum(g => g.Aandeel.Teller * (common / g.Aandeel.Noemer)));
        });
        Assert.Contains(data.OnroerendeZaken, z => z.ZakelijkGerechtigden.Count == 2);
        Assert.Contains(data.OnroerendeZaken, z => z.ZakelijkGerechtigden.Single().Rsin is not null);
        Assert.Equal("1/2", new Aandeel(1, 2).ToString());
    }
}
