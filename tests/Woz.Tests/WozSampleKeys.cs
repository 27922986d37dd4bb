using FederatedGraph.Subgraphs.SampleData;
using Sample = FederatedGraph.Subgraphs.SampleData.Woz;

namespace FederatedGraph.Subgraphs.Woz.Tests;

/// <summary>Interesting objects of the sample municipality, chosen by what they are rather than by hard-coded keys.</summary>
public sealed class WozSampleKeys(Municipality sample)
{
    private IEnumerable<Sample.WozObject> Objecten => sample.Woz.WozObjecten;

    /// <summary>An object with a person and a business among its belanghebbenden: both members of the union.</summary>
    public Sample.WozObject WithPersoonAndActiviteit
        => Objecten.First(o => o.Belanghebbenden.Any(b => b.Burgerservicenummer is not null) && o.Belanghebbenden.Any(b => b.KvkNummer is not null));

    /// <summary>The gebruiksoppervlakte the BAG records for a verblijfsobject, as the gateway would pass it.</summary>
    public int OppervlakteVan(string verblijfsobject)
        => sample.Bag.Verblijfsobjecten.Single(v => v.Identificatie == verblijfsobject).Oppervlakte;

    /// <summary>The newest value of an object: what the per-m² value divides.</summary>
    public static int NieuwsteWaarde(Sample.WozObject wozObject)
        => wozObject.Waarden.MaxBy(w => w.Waardepeildatum)!.VastgesteldeWaarde;
}
