using FederatedGraph.Subgraphs.SampleData;
using Sample = FederatedGraph.Subgraphs.SampleData.Brk;

namespace FederatedGraph.Subgraphs.Brk.Tests;

/// <summary>Interesting objects of the sample municipality, chosen by what they are rather than by hard-coded keys.</summary>
public sealed class BrkSampleKeys(Municipality sample)
{
    public IReadOnlyList<Sample.KadastraalOnroerendeZaak> Zaken { get; } = [.. sample.Brk.OnroerendeZaken];

    /// <summary>An appartementsrecht shared by more than one natuurlijk persoon.</summary>
    public Sample.KadastraalOnroerendeZaak SharedAppartementsrecht
        => Zaken.First(z => z.KadastraleAanduiding.Appartementsindex is not null && z.ZakelijkGerechtigden.Count(g => g.Burgerservicenummer is not null) > 1);

    /// <summary>A perceel owned by a legal entity.</summary>
    public Sample.KadastraalOnroerendeZaak PerceelOfLegalEntity
        => Zaken.First(z => z.KadastraleAanduiding.Appartementsindex is null && z.ZakelijkGerechtigden.Any(g => g.Rsin is not null));

    /// <summary>The BSNs of every natuurlijk persoon with a right, each once.</summary>
    public IReadOnlyList<string> Bsns => [.. Zaken.SelectMany(z => z.ZakelijkGerechtigden).Select(g => g.Burgerservicenummer).OfType<string>().Distinct()];

    /// <summary>The RSINs of every niet-natuurlijk persoon with a right, each once.</summary>
    public IReadOnlyList<string> Rsins => [.. Zaken.SelectMany(z => z.ZakelijkGerechtigden).Select(g => g.Rsin).OfType<string>().Distinct()];

    /// <summary>The BAG nummeraanduidingen of the zaken, each once.</summary>
    public IReadOnlyList<string> Adressen => [.. Zaken.SelectMany(z => z.NummeraanduidingIdentificaties).Distinct()];

    /// <summary>BSNs of persons in the BRP sample who hold no right in the BRK.</summary>
    public IEnumerable<string> BsnsWithoutRights
    {
        get
        {
            var owners = Bsns.ToHashSet();
            return sample.Brp.Personen.Select(p => p.Burgerservicenummer).Where(bsn => !owners.Contains(bsn));
        }
    }

    /// <summary>The identificaties of the zaken on which <paramref name="holds"/> finds a right, sorted as the subgraph sorts them.</summary>
    public IEnumerable<string> ZakenWhere(Func<Sample.ZakelijkGerechtigde, bool> holds)
        => Zaken.Where(z => z.ZakelijkGerechtigden.Any(holds)).Select(z => z.Identificatie).Order(StringComparer.Ordinal);
}
