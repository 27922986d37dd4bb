using FederatedGraph.Subgraphs.SampleData.Brp;
using FederatedGraph.Subgraphs.SampleData.Generation;
using FederatedGraph.Subgraphs.SampleData.Names;

namespace FederatedGraph.Subgraphs.SampleData.Planning;

/// <summary>Generates any household from its index alone.</summary>
internal sealed class HouseholdPlanner(MunicipalityLayout layout)
{
    private static readonly DateOnly Peildatum = SampleCalendar.Peildatum;

    public HouseholdPlan Plan(int household)
    {
        var random = new DeterministicRandom(layout.Seed, RandomStream.Household, household);
        var composition = HouseholdComposition.Draw(random);
        if (household == layout.HouseholdCount - 1)
        {
            composition = composition.TrimTo(layout.LastHouseholdSize);
        }

        var hasChildren = composition.Children > 0;
        // Parents are young enough to have children living at home; others span all adult ages.
        var (firstYear, lastYear) = hasChildren ? (1966, 2000) : (1935, 2007);

        var headGeslacht = random.Chance(0.5) ? Geslacht.Man : Geslacht.Vrouw;
        var headBirth = random.NextDate(new DateOnly(firstYear, 1, 1), new DateOnly(lastYear, 12, 31));
        var head = Member(random, 0, headGeslacht, PersonNames.Surnames[random.Next(PersonNames.Surnames.Length)], headBirth, adult: true, deceasedOn: null);

        var adults = new List<MemberPlan>(2) { head };
        if (composition.Adults == 2)
        {
            var geslacht = random.Chance(0.92) ? Opposite(headGeslacht) : headGeslacht;
            var birth = Clamp(
                headBirth.AddDays(random.Next(-5 * 365, 5 * 365 + 1)),
                new DateOnly(firstYear - 5, 1, 1),
                new DateOnly(Math.Min(lastYear + 5, 2007), 12, 31));
            // A small share of older couples without children at home are widowed: the partner
            // died but keeps the last address, as a BRP record does.
            var deceased = !hasChildren && birth.Year <= 1965 && random.Chance(0.15);
            DateOnly? deceasedOn = deceased
                ? random.NextDate(Max(birth.AddYears(55), Peildatum.AddYears(-12)), Peildatum.AddDays(-1))
                : null;
            adults.Add(Member(random, 1, geslacht, PersonNames.Surnames[random.Next(PersonNames.Surnames.Length)], birth, adult: true, deceasedOn));
        }

        // Children carry the father's surname when there is one, else the head's.
        var familyName = (adults.FirstOrDefault(a => a.Geslacht == Geslacht.Man) ?? head).Surname;
        var youngestParent = adults.Max(a => a.Geboortedatum);
        var oldestParent = adults.Min(a => a.Geboortedatum);
        var firstChildBirth = Max(youngestParent.AddYears(20), Peildatum.AddYears(-24));
        var lastChildBirth = Min(oldestParent.AddYears(45), Peildatum.AddDays(-1));

        var children = new List<MemberPlan>(composition.Children);
        for (var i = 0; i < composition.Children; i++)
        {
            var geslacht = random.Chance(0.002) ? Geslacht.Onbekend : random.Chance(0.5) ? Geslacht.Man : Geslacht.Vrouw;
            var birth = random.NextDate(firstChildBirth, lastChildBirth);
            children.Add(Member(random, HouseholdPlan.FirstChildSlot + i, geslacht, familyName, birth, adult: false, deceasedOn: null));
        }

        return new HouseholdPlan(household, adults, children);
    }

    private MemberPlan Member(
        DeterministicRandom random, int slot, Geslacht geslacht, Surname surname, DateOnly birth, bool adult, DateOnly? deceasedOn)
    {
        var names = geslacht switch
        {
            Geslacht.Man => PersonNames.Male,
            Geslacht.Vrouw => PersonNames.Female,
            _ => random.Chance(0.5) ? PersonNames.Male : PersonNames.Female,
        };
        var count = random.NextDouble() switch { < 0.5 => 1, < 0.85 => 2, _ => 3 };
        var voornamen = new List<string>(count);
        while (voornamen.Count < count)
        {
            var name = random.Pick(names);
            if (!voornamen.Contains(name))
            {
                voornamen.Add(name);
            }
        }

        // Children are mostly born locally; adults mostly moved in from elsewhere.
        var bornLocally = random.Chance(adult ? 0.3 : 0.75);
        var plaats = bornLocally
            ? layout.Woonplaatsen[random.Next(layout.Woonplaatsen.Count)].Naam
            : random.Pick(PlaceNames.Elsewhere);

        return new MemberPlan(slot, geslacht, string.Join(' ', voornamen), surname, birth, plaats, deceasedOn);
    }

    private static Geslacht Opposite(Geslacht geslacht) => geslacht == Geslacht.Man ? Geslacht.Vrouw : Geslacht.Man;

    private static DateOnly Clamp(DateOnly value, DateOnly min, DateOnly max) => value < min ? min : value > max ? max : value;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
