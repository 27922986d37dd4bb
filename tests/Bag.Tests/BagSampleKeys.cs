using FederatedGraph.Subgraphs.SampleData;
using Sample = FederatedGraph.Subgraphs.SampleData.Bag;

namespace FederatedGraph.Subgraphs.Bag.Tests;

/// <summary>Interesting objects of the sample municipality, chosen by what they are rather than by hard-coded keys.</summary>
public sealed class BagSampleKeys(Municipality sample)
{
    private Sample.BagData Bag => sample.Bag;

    /// <summary>A verblijfsobject that shares its pand with other verblijfsobjecten.</summary>
    public Sample.Verblijfsobject InSharedPand
        => Bag.Verblijfsobjecten.First(v => Bag.Verblijfsobjecten.Count(other => other.PandIdentificaties.Contains(v.PandIdentificaties[0])) > 1);

    /// <summary>A verblijfsobject with more than one gebruiksdoel (wonen en winkel).</summary>
    public Sample.Verblijfsobject MixedUse => Bag.Verblijfsobjecten.First(v => v.Gebruiksdoelen.Count > 1);

    /// <summary>A huisnummer that has both a plain address and one with a huisletter at the same postcode.</summary>
    public (Sample.Nummeraanduiding Plain, Sample.Nummeraanduiding WithLetter) PlainAndLettered
    {
        get
        {
            var group = Bag.Nummeraanduidingen
                .GroupBy(n => (n.Postcode, n.Huisnummer))
                .First(g => g.Any(n => n.Huisletter is null && n.Huisnummertoevoeging is null) && g.Any(n => n.Huisletter is not null));
            return (group.First(n => n.Huisletter is null && n.Huisnummertoevoeging is null), group.First(n => n.Huisletter is not null));
        }
    }

    /// <summary>An address with a huisnummertoevoeging, to find by postcode, huisnummer and toevoeging.</summary>
    public Sample.Nummeraanduiding WithToevoeging => Bag.Nummeraanduidingen.First(n => n.Huisnummertoevoeging is not null);
}
