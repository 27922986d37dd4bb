using FederatedGraph.Subgraphs.SampleData.Generation;
using FederatedGraph.Subgraphs.SampleData.Hr;
using FederatedGraph.Subgraphs.SampleData.Names;

namespace FederatedGraph.Subgraphs.SampleData.Planning;

/// <summary>Generates any business from its index alone; the first few are the landlords that own rented property.</summary>
internal sealed class BusinessPlanner(MunicipalityLayout layout, HouseholdPlanner households)
{
    private static readonly DateOnly EarliestFoundation = new(1950, 1, 1);
    private static readonly DateOnly LatestStart = SampleCalendar.Peildatum.AddDays(-30);

    public BusinessPlan Plan(int business)
    {
        var random = new DeterministicRandom(layout.Seed, RandomStream.Business, business);
        var fantasy = random.Pick(Branches.FantasyWords);
        var legalFormRoll = random.NextDouble();
        var startdatum = random.NextDate(EarliestFoundation, LatestStart);

        if (business < layout.LandlordCount)
        {
            return Landlord(business, fantasy, startdatum);
        }

        switch (legalFormRoll)
        {
            case < 0.55:
                return SoleProprietorship(business, random);
            case < 0.88:
            {
                var branche = random.Pick(Branches.Commercial);
                var handelsnaam = $"{fantasy} {branche.Noun}";
                return LegalEntity(business, Rechtsvormen.BeslotenVennootschap, $"{handelsnaam} B.V.", handelsnaam, startdatum, branche, SideActivities(random, branche));
            }
            case < 0.95:
            {
                var naam = $"Stichting {fantasy}";
                return LegalEntity(business, Rechtsvormen.Stichting, naam, naam, startdatum, Branches.NonProfit, []);
            }
            default:
            {
                var naam = $"{Branches.Sport.Noun} {fantasy}";
                return LegalEntity(business, Rechtsvormen.Vereniging, naam, naam, startdatum, Branches.Sport, []);
            }
        }
    }

    private static BusinessPlan Landlord(int business, string fantasy, DateOnly startdatum)
    {
        // One large housing corporation named after the municipality, then a mix of smaller ones.
        if (business == 0 || business % 3 == 0)
        {
            var naam = $"{Branches.Woningcorporatie.Noun} {(business == 0 ? PlaceNames.Gemeentenaam : fantasy)}";
            return LegalEntity(business, Rechtsvormen.Stichting, naam, naam, startdatum, Branches.Woningcorporatie, []);
        }
        var handelsnaam = $"{fantasy} {Branches.Vastgoed.Noun}";
        return LegalEntity(business, Rechtsvormen.BeslotenVennootschap, $"{handelsnaam} B.V.", handelsnaam, startdatum, Branches.Vastgoed, []);
    }

    private static BusinessPlan LegalEntity(
        int business, string rechtsvorm, string statutaireNaam, string handelsnaam, DateOnly startdatum, Branche branche, IReadOnlyList<Branche> side) =>
        new(business, rechtsvorm, statutaireNaam, [handelsnaam], startdatum, null, statutaireNaam, branche, side);

    private BusinessPlan SoleProprietorship(int business, DeterministicRandom random)
    {
        var household = layout.SoleProprietorHousehold(business);
        var owner = households.Plan(household).Head;
        var branche = random.Pick(Branches.Commercial);
        var naam = $"{branche.Noun} {owner.Surname.Display}";
        var startdatum = random.NextDate(owner.Geboortedatum.AddYears(18), LatestStart);

        // Some also trade under a name tied to where they are located ("Kapsalon Elzenhoven").
        List<string> handelsnamen = [naam];
        if (random.Chance(0.2))
        {
            var block = layout.VboOfBusiness(business) / MunicipalityLayout.VbosPerBlock;
            handelsnamen.Add($"{branche.Noun} {layout.WoonplaatsOfBlock(block).Naam}");
        }
        return new BusinessPlan(business, Rechtsvormen.Eenmanszaak, naam, handelsnamen, startdatum, household, null, branche, SideActivities(random, branche));
    }

    private static Branche[] SideActivities(DeterministicRandom random, Branche main)
    {
        var side = new List<Branche>(2);
        for (var i = 0; i < 2; i++)
        {
            var candidate = random.Pick(Branches.Commercial);
            if (random.Chance(0.3) && candidate != main && !side.Contains(candidate))
            {
                side.Add(candidate);
            }
        }
        return [.. side];
    }
}
