using FederatedGraph.Subgraphs.SampleData.Planning;

namespace FederatedGraph.Subgraphs.SampleData.Brk;

/// <summary>
/// The BRK part: one perceel per pand, except that a split apartment building appears as one
/// appartementsrecht per dwelling on the same perceelnummer.
/// </summary>
public sealed class BrkData
{
    private readonly MunicipalityPlan plan;

    internal BrkData(MunicipalityPlan plan)
    {
        this.plan = plan;
        OnroerendeZaken = new(GenerateOnroerendeZaken, () => plan.AllBlocks().Sum(b => b.ParcelCount));
    }

    public SampleSet<KadastraalOnroerendeZaak> OnroerendeZaken { get; }

    private IEnumerable<KadastraalOnroerendeZaak> GenerateOnroerendeZaken()
    {
        foreach (var block in plan.AllBlocks())
        {
            var kadastraleGemeente = plan.Layout.WoonplaatsOfBlock(block.Index).Naam;
            var sectie = Sectie(block.Index / MunicipalityLayout.BlocksPerSectie);
            foreach (var parcelRef in block.Parcels())
            {
                var parcel = plan.Parcels.Plan(block, parcelRef);
                var gerechtigden = parcel.Owners
                    .Select(o => o.Business is { } business
                        ? new ZakelijkGerechtigde(o.Aandeel, SoortenRecht.Eigendom, null, plan.Identifiers.Rsin(business))
                        : new ZakelijkGerechtigde(o.Aandeel, SoortenRecht.Eigendom, o.Burgerservicenummer, null))
                    .ToArray();
                var adressen = block.PositionsOn(parcelRef).Select(p => Identifiers.Nummeraanduiding(block.FirstVbo + p)).ToArray();

                yield return new KadastraalOnroerendeZaak(
                    Identifiers.OnroerendeZaak(parcelRef),
                    new KadastraleAanduiding(
                        kadastraleGemeente,
                        sectie,
                        block.Index % MunicipalityLayout.BlocksPerSectie * MunicipalityLayout.VbosPerBlock + parcelRef.Pand + 1,
                        parcelRef.Appartementsindex),
                    parcel.Grootte,
                    new ValueList<ZakelijkGerechtigde>(gerechtigden),
                    new ValueList<string>(adressen));
            }
        }
    }

    /// <summary>Sections A..Z, then AA..ZZ.</summary>
    private static string Sectie(int index) => index < 26
        ? ((char)('A' + index)).ToString()
        : new string([(char)('A' + (index - 26) / 26 % 26), (char)('A' + (index - 26) % 26)]);
}
