using FederatedGraph.Subgraphs.SampleData.Generation;
using FederatedGraph.Subgraphs.SampleData.Planning;

namespace FederatedGraph.Subgraphs.SampleData.Woz;

/// <summary>
/// The WOZ part: one object per verblijfsobject with a few years of values. Eigenaars are the
/// parcel's owners (as in BRK); gebruikers are the resident household's head and the business located there.
/// </summary>
public sealed class WozData
{
    private readonly MunicipalityPlan plan;

    internal WozData(MunicipalityPlan plan)
    {
        this.plan = plan;
        WozObjecten = new(GenerateWozObjecten, () => plan.Layout.VboCount);
    }

    public SampleSet<WozObject> WozObjecten { get; }

    private IEnumerable<WozObject> GenerateWozObjecten()
    {
        foreach (var block in plan.AllBlocks())
        {
            ParcelPlan? parcel = null;
            for (var position = 0; position < MunicipalityLayout.VbosPerBlock; position++)
            {
                // Units of one unsplit building share a parcel: plan it once.
                var parcelRef = block.ParcelOf(position);
                if (parcel?.Ref != parcelRef)
                {
                    parcel = plan.Parcels.Plan(block, parcelRef);
                }
                yield return WozObject(block, position, parcel);
            }
        }
    }

    private WozObject WozObject(BlockPlan block, int position, ParcelPlan parcel)
    {
        var vbo = block.FirstVbo + position;
        var belanghebbenden = new List<WozBelanghebbende>(4);
        foreach (var owner in parcel.Owners)
        {
            belanghebbenden.Add(owner.Business is { } business
                ? new(BelanghebbendeSoorten.Eigenaar, null, plan.Identifiers.KvkNummer(business))
                : new(BelanghebbendeSoorten.Eigenaar, owner.Burgerservicenummer, null));
        }
        if (plan.Layout.HouseholdAt(vbo) is { } household)
        {
            // Slot 0 is always a living adult.
            belanghebbenden.Add(new(BelanghebbendeSoorten.Gebruiker, plan.Identifiers.Bsn(household, 0), null));
        }
        if (plan.Layout.BusinessAt(vbo) is { } occupant)
        {
            belanghebbenden.Add(new(BelanghebbendeSoorten.Gebruiker, null, plan.Identifiers.KvkNummer(occupant)));
        }

        return new WozObject(
            Identifiers.WozObjectnummer(vbo),
            Identifiers.Verblijfsobject(vbo),
            Waarden(block, position, vbo),
            ValueList.Of(Identifiers.OnroerendeZaak(parcel.Ref)),
            new ValueList<WozBelanghebbende>([.. belanghebbenden]));
    }

    private ValueList<WozWaarde> Waarden(BlockPlan block, int position, int vbo)
    {
        var random = new DeterministicRandom(plan.Layout.Seed, RandomStream.WozWaarde, vbo);
        var (min, max) = block.Template.Vbos[position].Use switch
        {
            VboUse.Wonen => (3_200, 4_800),
            VboUse.WonenEnWinkel => (2_800, 4_200),
            VboUse.Winkel => (2_000, 3_500),
            _ => (1_500, 3_000),
        };
        var latest = (double)block.Oppervlakten[position] * random.Next(min, max + 1);
        var yearlyGrowth = 1.03 + random.NextDouble() * 0.06;

        // Walk back from the latest year; plain division (not Math.Pow, whose last bits may differ
        // per platform) keeps the values identical everywhere.
        var jaren = SampleCalendar.LastBelastingjaar - SampleCalendar.FirstBelastingjaar + 1;
        var waarden = new WozWaarde[jaren];
        var value = latest;
        for (var i = jaren - 1; i >= 0; i--)
        {
            var belastingjaar = SampleCalendar.FirstBelastingjaar + i;
            waarden[i] = new WozWaarde((int)Math.Round(value / 1_000) * 1_000, new DateOnly(belastingjaar - 1, 1, 1));
            value /= yearlyGrowth;
        }
        return new ValueList<WozWaarde>(waarden);
    }
}
