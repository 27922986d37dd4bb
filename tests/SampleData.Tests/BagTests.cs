using System.Text.RegularExpressions;
using FederatedGraph.Subgraphs.SampleData.Bag;

namespace FederatedGraph.Subgraphs.SampleData.Tests;

[Collection(DefaultMunicipalityCollection.Name)]
public partial class BagTests(DefaultMunicipality data)
{
    [GeneratedRegex("^[1-9][0-9]{3}[A-Z]{2}$")]
    private static partial Regex PostcodePattern();

    [GeneratedRegex("^[0-9]{16}$")]
    private static partial Regex BagIdPattern();

    [Fact]
    public void Postcodes_are_well_formed_and_avoid_forbidden_letter_pairs()
    {
        Assert.All(data.Nummeraanduidingen, n =>
        {
            Assert.Matches(PostcodePattern(), n.Postcode);
            Assert.DoesNotContain(n.Postcode[4..], new[] { "SA", "SD", "SS" });
        });
    }

    [Fact]
    public void Identificaties_carry_gemeentecode_and_object_type()
    {
        AssertBagIds(data.Verblijfsobjecten.Select(v => v.Identificatie), "01");
        AssertBagIds(data.Panden.Select(p => p.Identificatie), "10");
        AssertBagIds(data.Nummeraanduidingen.Select(n => n.Identificatie), "20");
        AssertBagIds(data.OpenbareRuimten.Select(o => o.Identificatie), "30");
        Assert.All(data.Woonplaatsen, w => Assert.Matches("^[0-9]{4}$", w.Identificatie));
        AssertUnique.Values(data.Woonplaatsen.Select(w => w.Identificatie), "woonplaats ids");
    }

    [Fact]
    public void Addresses_are_unique_and_reference_existing_streets()
    {
        var streets = data.OpenbareRuimten.ToDictionary(o => o.Identificatie);
        var woonplaatsen = data.Woonplaatsen.Select(w => w.Identificatie).ToHashSet();

        Assert.All(data.OpenbareRuimten, o => Assert.Contains(o.WoonplaatsIdentificatie, woonplaatsen));
        Assert.All(data.Nummeraanduidingen, n => Assert.True(streets.ContainsKey(n.OpenbareRuimteIdentificatie)));
        AssertUnique.Values(data.Nummeraanduidingen.Select(n => (n.Postcode, n.Huisnummer, n.Huisletter, n.Huisnummertoevoeging)), "postcode+huisnummer");
        AssertUnique.Values(data.OpenbareRuimten.Select(o => (o.WoonplaatsIdentificatie, o.Naam)), "street names within a woonplaats");
    }

    [Fact]
    public void Verblijfsobjecten_reference_existing_addresses_and_panden()
    {
        var panden = data.Panden.Select(p => p.Identificatie).ToHashSet();

        Assert.All(data.Verblijfsobjecten, v =>
        {
            Assert.True(data.NummeraanduidingenById.ContainsKey(v.HoofdadresIdentificatie));
            Assert.NotEmpty(v.Gebruiksdoelen);
            Assert.NotEmpty(v.PandIdentificaties);
            Assert.All(v.PandIdentificaties, p => Assert.Contains(p, panden));
            Assert.InRange(v.Oppervlakte, 20, 1_000);
        });
        AssertUnique.Values(data.Verblijfsobjecten.Select(v => v.HoofdadresIdentificatie), "hoofdadressen");
    }

    [Fact]
    public void Some_addresses_are_business_addresses()
    {
        Assert.Contains(data.Verblijfsobjecten, v => v.Gebruiksdoelen.SequenceEqual([Gebruiksdoelen.Kantoorfunctie]));
        Assert.Contains(data.Verblijfsobjecten, v => v.Gebruiksdoelen.SequenceEqual([Gebruiksdoelen.Winkelfunctie]));
        Assert.Contains(data.Verblijfsobjecten, v => v.Gebruiksdoelen.Count == 2);
    }

    private static void AssertBagIds(IEnumerable<string> ids, string typeCode)
    {
        var list = ids.ToList();
        Assert.NotEmpty(list);
        Assert.All(list, id =>
        {
            Assert.Matches(BagIdPattern(), id);
            Assert.StartsWith("9999" + typeCode, id);
        });
        AssertUnique.Values(list, $"BAG ids of type {typeCode}");
    }
}
