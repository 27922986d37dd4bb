using FederatedGraph.Subgraphs.SampleData.Bag;
using FederatedGraph.Subgraphs.SampleData.Brk;
using FederatedGraph.Subgraphs.SampleData.Brp;
using FederatedGraph.Subgraphs.SampleData.Hr;
using FederatedGraph.Subgraphs.SampleData.Woz;

namespace FederatedGraph.Subgraphs.SampleData.Tests;

/// <summary>The default-scale municipality, materialised once per test class so checks can join the registries.</summary>
public sealed class DefaultMunicipality
{
    public DefaultMunicipality()
    {
        Municipality = new Municipality(SampleDataScale.Default);
        Woonplaatsen = [.. Municipality.Bag.Woonplaatsen];
        OpenbareRuimten = [.. Municipality.Bag.OpenbareRuimten];
        Nummeraanduidingen = [.. Municipality.Bag.Nummeraanduidingen];
        Verblijfsobjecten = [.. Municipality.Bag.Verblijfsobjecten];
        Panden = [.. Municipality.Bag.Panden];
        Personen = [.. Municipality.Brp.Personen];
        MaatschappelijkeActiviteiten = [.. Municipality.Hr.MaatschappelijkeActiviteiten];
        Vestigingen = [.. Municipality.Hr.Vestigingen];
        WozObjecten = [.. Municipality.Woz.WozObjecten];
        OnroerendeZaken = [.. Municipality.Brk.OnroerendeZaken];

        NummeraanduidingenById = Nummeraanduidingen.ToDictionary(n => n.Identificatie);
        VerblijfsobjectenById = Verblijfsobjecten.ToDictionary(v => v.Identificatie);
        PersonenByBsn = Personen.ToDictionary(p => p.Burgerservicenummer);
        ActiviteitenByKvk = MaatschappelijkeActiviteiten.ToDictionary(a => a.KvkNummer);
        Rsins = MaatschappelijkeActiviteiten.Select(a => a.Eigenaar).OfType<NietNatuurlijkPersoon>().Select(e => e.Rsin).ToHashSet();
    }

    public Municipality Municipality { get; }
    public List<Woonplaats> Woonplaatsen { get; }
    public List<OpenbareRuimte> OpenbareRuimten { get; }
    public List<Nummeraanduiding> Nummeraanduidingen { get; }
    public List<Verblijfsobject> Verblijfsobjecten { get; }
    public List<Pand> Panden { get; }
    public List<Persoon> Personen { get; }
    public List<MaatschappelijkeActiviteit> MaatschappelijkeActiviteiten { get; }
    public List<Vestiging> Vestigingen { get; }
    public List<WozObject> WozObjecten { get; }
    public List<KadastraalOnroerendeZaak> OnroerendeZaken { get; }

    public Dictionary<string, Nummeraanduiding> NummeraanduidingenById { get; }
    public Dictionary<string, Verblijfsobject> VerblijfsobjectenById { get; }
    public Dictionary<string, Persoon> PersonenByBsn { get; }
    public Dictionary<string, MaatschappelijkeActiviteit> ActiviteitenByKvk { get; }
    public HashSet<string> Rsins { get; }
}
