using FederatedGraph.Subgraphs.SampleData.Planning;

namespace FederatedGraph.Subgraphs.SampleData.Bag;

/// <summary>The BAG part: addresses and buildings. Enumerated block by block.</summary>
public sealed class BagData
{
    public const string TypeWeg = "Weg";
    public const string NaamgevingUitgegeven = "Naamgeving uitgegeven";
    public const string VerblijfsobjectInGebruik = "Verblijfsobject in gebruik";
    public const string PandInGebruik = "Pand in gebruik";

    private static readonly Dictionary<VboUse, ValueList<string>> GebruiksdoelenPerUse = new()
    {
        [VboUse.Wonen] = ValueList.Of(Gebruiksdoelen.Woonfunctie),
        [VboUse.WonenEnWinkel] = ValueList.Of(Gebruiksdoelen.Woonfunctie, Gebruiksdoelen.Winkelfunctie),
        [VboUse.Winkel] = ValueList.Of(Gebruiksdoelen.Winkelfunctie),
        [VboUse.Kantoor] = ValueList.Of(Gebruiksdoelen.Kantoorfunctie),
    };

    private readonly MunicipalityPlan plan;

    internal BagData(MunicipalityPlan plan)
    {
        this.plan = plan;
        var layout = plan.Layout;
        Woonplaatsen = new(GenerateWoonplaatsen, () => layout.Woonplaatsen.Count);
        OpenbareRuimten = new(GenerateOpenbareRuimten, () => layout.StreetCount);
        Nummeraanduidingen = new(GenerateNummeraanduidingen, () => layout.VboCount);
        Verblijfsobjecten = new(GenerateVerblijfsobjecten, () => layout.VboCount);
        Panden = new(GeneratePanden, () => plan.AllBlocks().Sum(b => b.Template.Panden.Count));
    }

    public SampleSet<Woonplaats> Woonplaatsen { get; }
    public SampleSet<OpenbareRuimte> OpenbareRuimten { get; }
    public SampleSet<Nummeraanduiding> Nummeraanduidingen { get; }
    public SampleSet<Verblijfsobject> Verblijfsobjecten { get; }
    public SampleSet<Pand> Panden { get; }

    private IEnumerable<Woonplaats> GenerateWoonplaatsen() =>
        plan.Layout.Woonplaatsen.Select(w => new Woonplaats(w.Identificatie, w.Naam));

    private IEnumerable<OpenbareRuimte> GenerateOpenbareRuimten()
    {
        foreach (var woonplaats in plan.Layout.Woonplaatsen)
        {
            for (var street = 0; street < woonplaats.StreetCount; street++)
            {
                yield return new OpenbareRuimte(
                    Identifiers.OpenbareRuimte(woonplaats.FirstStreet + street),
                    woonplaats.StreetNames.Name(street),
                    TypeWeg,
                    woonplaats.Identificatie);
            }
        }
    }

    private IEnumerable<Nummeraanduiding> GenerateNummeraanduidingen()
    {
        foreach (var block in plan.AllBlocks())
        {
            for (var position = 0; position < MunicipalityLayout.VbosPerBlock; position++)
            {
                var address = plan.Addresses.Address(block, position);
                yield return new Nummeraanduiding(
                    address.NummeraanduidingIdentificatie,
                    address.Postcode,
                    address.Huisnummer,
                    address.Huisletter,
                    address.Huisnummertoevoeging,
                    address.OpenbareRuimteIdentificatie,
                    NaamgevingUitgegeven);
            }
        }
    }

    private IEnumerable<Verblijfsobject> GenerateVerblijfsobjecten()
    {
        foreach (var block in plan.AllBlocks())
        {
            for (var position = 0; position < MunicipalityLayout.VbosPerBlock; position++)
            {
                var template = block.Template.Vbos[position];
                var vbo = block.FirstVbo + position;
                yield return new Verblijfsobject(
                    Identifiers.Verblijfsobject(vbo),
                    Identifiers.Nummeraanduiding(vbo),
                    GebruiksdoelenPerUse[template.Use],
                    block.Oppervlakten[position],
                    VerblijfsobjectInGebruik,
                    ValueList.Of(Identifiers.Pand(block.Index, template.Pand)));
            }
        }
    }

    private IEnumerable<Pand> GeneratePanden()
    {
        foreach (var block in plan.AllBlocks())
        {
            for (var pand = 0; pand < block.Template.Panden.Count; pand++)
            {
                yield return new Pand(Identifiers.Pand(block.Index, pand), block.Bouwjaren[pand], PandInGebruik);
            }
        }
    }
}
