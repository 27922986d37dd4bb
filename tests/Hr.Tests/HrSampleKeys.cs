using FederatedGraph.Subgraphs.SampleData;
using Sample = FederatedGraph.Subgraphs.SampleData.Hr;

namespace FederatedGraph.Subgraphs.Hr.Tests;

/// <summary>Interesting records of the sample municipality, chosen by what they are rather than by hard-coded keys.</summary>
public sealed class HrSampleKeys(Municipality sample)
{
    private Sample.HrData Hr => sample.Hr;

    /// <summary>An eenmanszaak: owned by a person, of whom HR stores the BSN.</summary>
    public Sample.MaatschappelijkeActiviteit Eenmanszaak => Hr.MaatschappelijkeActiviteiten.First(a => a.Eigenaar is Sample.NatuurlijkPersoon);

    /// <summary>A business owned by a legal entity.</summary>
    public Sample.MaatschappelijkeActiviteit VanRechtspersoon => Hr.MaatschappelijkeActiviteiten.First(a => a.Eigenaar is Sample.NietNatuurlijkPersoon);

    /// <summary>A vestiging with side activities besides its main one.</summary>
    public Sample.Vestiging MetNevenactiviteiten => Hr.Vestigingen.First(v => v.SbiActiviteiten.Count > 1);

    public Sample.Vestiging VestigingVan(Sample.MaatschappelijkeActiviteit activiteit)
        => Hr.Vestigingen.First(v => v.KvkNummer == activiteit.KvkNummer);

    public static string Bsn(Sample.MaatschappelijkeActiviteit activiteit) => ((Sample.NatuurlijkPersoon)activiteit.Eigenaar).Burgerservicenummer;

    public static Sample.NietNatuurlijkPersoon Rechtspersoon(Sample.MaatschappelijkeActiviteit activiteit) => (Sample.NietNatuurlijkPersoon)activiteit.Eigenaar;

    /// <summary>The KvK-nummers of the businesses whose owner has this BSN, in KvK-nummer order.</summary>
    public IEnumerable<string> OndernemingenVanPersoon(string bsn)
        => Hr.MaatschappelijkeActiviteiten.Where(a => a.Eigenaar is Sample.NatuurlijkPersoon p && p.Burgerservicenummer == bsn)
            .Select(a => a.KvkNummer).Order(StringComparer.Ordinal);

    /// <summary>The vestigingsnummers of the vestigingen with this bezoekadres, in vestigingsnummer order.</summary>
    public IEnumerable<string> VestigingenOpAdres(string nummeraanduiding)
        => Hr.Vestigingen.Where(v => v.BezoekadresNummeraanduidingIdentificatie == nummeraanduiding)
            .Select(v => v.Vestigingsnummer).Order(StringComparer.Ordinal);
}
