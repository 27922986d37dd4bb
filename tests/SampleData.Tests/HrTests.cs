using FederatedGraph.DutchIdentifiers;
using FederatedGraph.Subgraphs.SampleData.Bag;
using FederatedGraph.Subgraphs.SampleData.Hr;

namespace FederatedGraph.Subgraphs.SampleData.Tests;

[Collection(DefaultMunicipalityCollection.Name)]
public class HrTests(DefaultMunicipality data)
{
    [Fact]
    public void Roughly_one_business_per_ten_persons_each_with_one_vestiging()
    {
        Assert.Equal(data.Personen.Count / 10, data.MaatschappelijkeActiviteiten.Count);
        Assert.Equal(data.MaatschappelijkeActiviteiten.Count, data.Vestigingen.Count);
        Assert.All(data.Vestigingen, v => Assert.True(data.ActiviteitenByKvk.ContainsKey(v.KvkNummer)));
    }

    [Fact]
    public void Numbers_have_the_right_length_and_are_unique()
    {
        Assert.All(data.MaatschappelijkeActiviteiten, a => Assert.Matches("^[0-9]{8}$", a.KvkNummer));
        Assert.All(data.Vestigingen, v => Assert.Matches("^[0-9]{12}$", v.Vestigingsnummer));
        AssertUnique.Values(data.MaatschappelijkeActiviteiten.Select(a => a.KvkNummer), "KvK-nummers");
        AssertUnique.Values(data.Vestigingen.Select(v => v.Vestigingsnummer), "vestigingsnummers");
    }

    [Fact]
    public void Owners_are_living_adults_or_legal_entities_with_a_valid_rsin()
    {
        var peildatum = data.Municipality.Peildatum;
        Assert.All(data.MaatschappelijkeActiviteiten, a =>
        {
            switch (a.Eigenaar)
            {
                case NatuurlijkPersoon persoon:
                    Assert.Equal(Rechtsvormen.Eenmanszaak, a.Rechtsvorm);
                    var owner = data.PersonenByBsn[persoon.Burgerservicenummer];
                    Assert.Null(owner.Overlijden);
                    Assert.True(owner.Geboorte.Datum.AddYears(18) <= a.Startdatum);
                    break;
                case NietNatuurlijkPersoon entity:
                    Assert.NotEqual(Rechtsvormen.Eenmanszaak, a.Rechtsvorm);
                    Assert.True(ElfProef.IsValidRsin(entity.Rsin), entity.Rsin);
                    Assert.False(string.IsNullOrWhiteSpace(entity.StatutaireNaam));
                    break;
                default:
                    Assert.Fail($"Unexpected owner {a.Eigenaar}");
                    break;
            }
            Assert.True(a.Startdatum < peildatum);
        });

        var rsins = data.MaatschappelijkeActiviteiten.Select(a => a.Eigenaar).OfType<NietNatuurlijkPersoon>().Select(e => e.Rsin).ToList();
        AssertUnique.Values(rsins, "RSINs");
        Assert.DoesNotContain(rsins, data.PersonenByBsn.ContainsKey);
        AssertUnique.Values(data.MaatschappelijkeActiviteiten.Select(a => a.Eigenaar).OfType<NatuurlijkPersoon>(), "sole proprietors");
        Assert.Contains(data.MaatschappelijkeActiviteiten, a => a.Rechtsvorm == Rechtsvormen.Eenmanszaak);
        Assert.Contains(data.MaatschappelijkeActiviteiten, a => a.Rechtsvorm == Rechtsvormen.BeslotenVennootschap);
        Assert.Contains(data.MaatschappelijkeActiviteiten, a => a.Rechtsvorm == Rechtsvormen.Stichting);
    }

    [Fact]
    public void Vestigingen_have_one_main_activity_and_a_business_address()
    {
        var byHoofdadres = data.Verblijfsobjecten.ToDictionary(o => o.HoofdadresIdentificatie);
        Assert.All(data.Vestigingen, v =>
        {
            Assert.Single(v.SbiActiviteiten, s => s.IndHoofdactiviteit);
            AssertUnique.Values(v.SbiActiviteiten.Select(s => s.SbiCode), "SBI codes of one vestiging");
            Assert.NotEmpty(v.Handelsnamen);
            var verblijfsobject = byHoofdadres[v.BezoekadresNummeraanduidingIdentificatie];
            Assert.True(
                verblijfsobject.Gebruiksdoelen.Contains(Gebruiksdoelen.Kantoorfunctie) || verblijfsobject.Gebruiksdoelen.Contains(Gebruiksdoelen.Winkelfunctie),
                $"{verblijfsobject.Identificatie} is not a business address");
        });
        AssertUnique.Values(data.Vestigingen.Select(v => v.BezoekadresNummeraanduidingIdentificatie), "bezoekadressen");
    }
}
