using FederatedGraph.Subgraphs.SampleData.Brk;
using FederatedGraph.Subgraphs.SampleData.Generation;

namespace FederatedGraph.Subgraphs.SampleData.Planning;

/// <summary>An owner of a parcel: a person (by BSN) or a landlord business (by index, so BRK can show its RSIN and WOZ its KvK-nummer).</summary>
internal sealed record ParcelOwner(Aandeel Aandeel, string? Burgerservicenummer, int? Business);

internal sealed record ParcelPlan(ParcelRef Ref, int? Grootte, IReadOnlyList<ParcelOwner> Owners);

/// <summary>
/// Decides size and ownership of any parcel from its key. BRK shows the result as zakelijk
/// gerechtigden and WOZ as eigenaar-belanghebbenden, so both derive it here and stay consistent.
/// </summary>
internal sealed class ParcelPlanner(MunicipalityLayout layout, HouseholdPlanner households, Identifiers identifiers)
{
    public ParcelPlan Plan(BlockPlan block, ParcelRef parcel)
    {
        var key = ((long)parcel.Block * MunicipalityLayout.VbosPerBlock + parcel.Pand) * 10 + (parcel.Appartementsindex ?? 0);
        var random = new DeterministicRandom(layout.Seed, RandomStream.Ownership, key);
        var kind = block.KindOf(parcel.Pand);

        var (min, max) = kind switch
        {
            PandKind.Woonhuis => (100, 350),
            PandKind.Appartementengebouw => (800, 2500),
            PandKind.WinkelMetWoning => (120, 400),
            PandKind.WinkelpandMetBovenwoning => (100, 300),
            _ => (300, 1500),
        };
        var size = random.Next(min, max + 1);
        var landlord = random.Next(layout.LandlordCount);
        var ownerOccupiedChance = kind switch
        {
            PandKind.Woonhuis => 0.6,
            PandKind.WinkelMetWoning => 0.4,
            PandKind.Appartementengebouw when parcel.Appartementsindex is not null => 0.7,
            _ => 0.0,
        };
        var ownerOccupied = random.Chance(ownerOccupiedChance);

        // An appartementsrecht has no area of its own; the perceel under the building has.
        int? grootte = parcel.Appartementsindex is null ? size : null;
        var owners = ownerOccupied ? ResidentOwners(block, parcel) : null;
        return new ParcelPlan(parcel, grootte, owners ?? [new ParcelOwner(new Aandeel(1, 1), null, landlord)]);
    }

    /// <summary>The living adults of the household on the parcel, in equal shares; null when nobody lives there.</summary>
    private ParcelOwner[]? ResidentOwners(BlockPlan block, ParcelRef parcel)
    {
        if (block.DwellingOn(parcel) is not { } dwelling || layout.HouseholdAt(block.FirstVbo + dwelling) is not { } household)
        {
            return null;
        }
        var living = households.Plan(household).Adults.Where(a => a.IsAlive).ToArray();
        return [.. living.Select(a => new ParcelOwner(new Aandeel(1, living.Length), identifiers.Bsn(household, a.Slot), null))];
    }
}
