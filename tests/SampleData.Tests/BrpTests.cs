using FederatedGraph.DutchIdentifiers;
using FederatedGraph.Subgraphs.SampleData.Bag;

namespace FederatedGraph.Subgraphs.SampleData.Tests;

[Collection(DefaultMunicipalityCollection.Name)]
public class BrpTests(DefaultMunicipality data)
{
    [Fact]
    public void Has_exactly_the_requested_number_of_persons()
    {
        Assert.Equal(10_000, data.Personen.Count);
        Assert.Equal(10_000, data.Municipality.Brp.Personen.Count);
    }

    [Fact]
    public void Burgerservicenummers_pass_the_elfproef_and_are_unique()
    {
        Assert.All(data.Personen, p => Assert.True(ElfProef.IsValidBsn(p.Burgerservicenummer), p.Burgerservicenummer));
        AssertUnique.Values(data.Personen.Select(p => p.Burgerservicenummer), "BSNs");
    }

    [Fact]
    public void Every_person_lives_at_a_residential_verblijfsobject_whose_hoofdadres_is_the_address()
    {
        var streets = data.OpenbareRuimten.ToDictionary(o => o.Identificatie);
        var woonplaatsen = data.Woonplaatsen.ToDictionary(w => w.Identificatie);

        Assert.All(data.Personen, p =>
        {
            var verblijfplaats = p.Verblijfplaats;
            var nummeraanduiding = data.NummeraanduidingenById[verblijfplaats.NummeraanduidingIdentificatie];
            var verblijfsobject = data.VerblijfsobjectenById[verblijfplaats.AdresseerbaarObjectIdentificatie];
            var street = streets[nummeraanduiding.OpenbareRuimteIdentificatie];

            Assert.Equal(nummeraanduiding.Identificatie, verblijfsobject.HoofdadresIdentificatie);
            Assert.Contains(Gebruiksdoelen.Woonfunctie, verblijfsobject.Gebruiksdoelen);
            Assert.Equal(nummeraanduiding.Postcode, verblijfplaats.Postcode);
            Assert.Equal(nummeraanduiding.Huisnummer, verblijfplaats.Huisnummer);
            Assert.Equal(nummeraanduiding.Huisletter, verblijfplaats.Huisletter);
            Assert.Equal(nummeraanduiding.Huisnummertoevoeging, verblijfplaats.Huisnummertoevoeging);
            Assert.Equal(street.Naam, verblijfplaats.Straat);
            Assert.Equal(woonplaatsen[street.WoonplaatsIdentificatie].Naam, verblijfplaats.Woonplaats);
        });
    }

    [Fact]
    public void Relations_are_symmetric()
    {
        Assert.All(data.Personen, p =>
        {
            Assert.True(p.Partners.Count <= 1);
            Assert.All(p.Partners, b => Assert.Contains(p.Burgerservicenummer, data.PersonenByBsn[b].Partners));
            Assert.All(p.Kinderen, b => Assert.Contains(p.Burgerservicenummer, data.PersonenByBsn[b].Ouders));
            Assert.All(p.Ouders, b => Assert.Contains(p.Burgerservicenummer, data.PersonenByBsn[b].Kinderen));
        });
    }

    [Fact]
    public void Households_share_an_address_and_parents_are_older_than_their_children()
    {
        Assert.All(data.Personen, p =>
        {
            Assert.InRange(p.Ouders.Count, 0, 2);
            Assert.True(p.Kinderen.Count <= 3);
            Assert.All(p.Partners.Concat(p.Kinderen).Concat(p.Ouders), r =>
                Assert.Equal(p.Verblijfplaats, data.PersonenByBsn[r].Verblijfplaats));
            Assert.All(p.Ouders, o => Assert.True(data.PersonenByBsn[o].Geboorte.Datum.AddYears(18) < p.Geboorte.Datum));
        });
    }

    [Fact]
    public void Names_dates_and_deaths_are_plausible()
    {
        var peildatum = data.Municipality.Peildatum;
        Assert.All(data.Personen, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Naam.Voornamen));
            Assert.False(string.IsNullOrWhiteSpace(p.Naam.Geslachtsnaam));
            Assert.True(p.Geboorte.Datum < peildatum);
            if (p.Overlijden is { } overlijden)
            {
                Assert.InRange(overlijden.Datum, p.Geboorte.Datum, peildatum);
            }
        });
        var deceased = data.Personen.Count(p => p.Overlijden is not null);
        Assert.InRange(deceased, 1, data.Personen.Count / 20);
        Assert.Contains(data.Personen, p => p.Naam.Voorvoegsel is not null);
    }
}
