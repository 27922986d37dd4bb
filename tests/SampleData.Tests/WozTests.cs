using FederatedGraph.Subgraphs.SampleData.Woz;

namespace FederatedGraph.Subgraphs.SampleData.Tests;

[Collection(DefaultMunicipalityCollection.Name)]
public class WozTests(DefaultMunicipality data)
{
    [Fact]
    public void Every_verblijfsobject_has_exactly_one_woz_object()
    {
        Assert.Equal(
            data.Verblijfsobjecten.Select(v => v.Identificatie).Order(),
            data.WozObjecten.Select(w => w.VerblijfsobjectIdentificatie).Order());
        Assert.All(data.WozObjecten, w => Assert.Matches("^[0-9]{12}$", w.WozObjectnummer));
        AssertUnique.Values(data.WozObjecten.Select(w => w.WozObjectnummer), "WOZ-objectnummers");
    }

    [Fact]
    public void Values_are_positive_and_dated_on_the_first_of_january()
    {
        Assert.All(data.WozObjecten, w =>
        {
            Assert.True(w.Waarden.Count >= 3);
            Assert.All(w.Waarden, v =>
            {
                Assert.True(v.VastgesteldeWaarde > 0);
                Assert.Equal((1, 1), (v.Waardepeildatum.Month, v.Waardepeildatum.Day));
            });
            AssertUnique.Values(w.Waarden.Select(v => v.Waardepeildatum), "waardepeildata");
            Assert.True(w.Waarden[^1].Waardepeildatum < data.Municipality.Peildatum);
        });
    }

    [Fact]
    public void Lies_on_existing_parcels()
    {
        var parcels = data.OnroerendeZaken.ToDictionary(z => z.Identificatie);
        Assert.All(data.WozObjecten, w =>
        {
            Assert.NotEmpty(w.KadastraleOnroerendeZaakIdentificaties);
            var hoofdadres = data.VerblijfsobjectenById[w.VerblijfsobjectIdentificatie].HoofdadresIdentificatie;
            Assert.All(w.KadastraleOnroerendeZaakIdentificaties, z => Assert.Contains(hoofdadres, parcels[z].NummeraanduidingIdentificaties));
        });
    }

    [Fact]
    public void Belanghebbenden_exist_and_eigenaars_match_the_kadaster()
    {
        var parcels = data.OnroerendeZaken.ToDictionary(z => z.Identificatie);
        var kvkByRsin = data.MaatschappelijkeActiviteiten
            .Where(a => a.Eigenaar is Hr.NietNatuurlijkPersoon)
            .ToDictionary(a => ((Hr.NietNatuurlijkPersoon)a.Eigenaar).Rsin, a => a.KvkNummer);

        Assert.All(data.WozObjecten, w =>
        {
            Assert.All(w.Belanghebbenden, b =>
            {
                Assert.Contains(b.Soort, new[] { BelanghebbendeSoorten.Eigenaar, BelanghebbendeSoorten.Gebruiker });
                Assert.True((b.Burgerservicenummer is null) != (b.KvkNummer is null));
                if (b.Burgerservicenummer is not null)
                {
                    Assert.True(data.PersonenByBsn.ContainsKey(b.Burgerservicenummer));
                }
                else
                {
                    Assert.True(data.ActiviteitenByKvk.ContainsKey(b.KvkNummer!));
                }
            });

            var expectedEigenaars = parcels[w.KadastraleOnroerendeZaakIdentificaties.Single()].ZakelijkGerechtigden
                .Select(g => g.Burgerservicenummer ?? kvkByRsin[g.Rsin!])
                .Order();
            var eigenaars = w.Belanghebbenden
                .Where(b => b.Soort == BelanghebbendeSoorten.Eigenaar)
                .Select(b => b.Burgerservicenummer ?? b.KvkNummer!)
                .Order();
            Assert.Equal(expectedEigenaars, eigenaars);
        });
        Assert.Contains(data.WozObjecten, w => w.Belanghebbenden.Any(b => b.Soort == BelanghebbendeSoorten.Gebruiker && b.KvkNummer is not null));
    }

    [Fact]
    public void Residents_are_the_gebruikers_of_their_dwelling()
    {
        var wozByVerblijfsobject = data.WozObjecten.ToDictionary(w => w.VerblijfsobjectIdentificatie);
        Assert.All(data.Personen.Where(p => p.Overlijden is null && p.Ouders.Count == 0), p =>
        {
            var gebruikers = wozByVerblijfsobject[p.Verblijfplaats.AdresseerbaarObjectIdentificatie].Belanghebbenden
                .Where(b => b.Soort == BelanghebbendeSoorten.Gebruiker && b.Burgerservicenummer is not null)
                .Select(b => b.Burgerservicenummer!)
                .ToList();
            var household = p.Partners.Append(p.Burgerservicenummer);
            Assert.Contains(gebruikers, household.Contains);
        });
    }
}
