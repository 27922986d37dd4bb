using FederatedGraph.Subgraphs.SampleData.Planning;

namespace FederatedGraph.Subgraphs.SampleData.Brp;

/// <summary>The BRP part: persons, enumerated household by household.</summary>
public sealed class BrpData
{
    private readonly MunicipalityPlan plan;

    internal BrpData(MunicipalityPlan plan)
    {
        this.plan = plan;
        Personen = new(GeneratePersonen, () => plan.Layout.Persons);
    }

    /// <summary>Exactly <see cref="SampleDataOptions.Persons"/> persons.</summary>
    public SampleSet<Persoon> Personen { get; }

    private IEnumerable<Persoon> GeneratePersonen()
    {
        for (var index = 0; index < plan.Layout.HouseholdCount; index++)
        {
            foreach (var persoon in Household(index))
            {
                yield return persoon;
            }
        }
    }

    private Persoon[] Household(int index)
    {
        var household = plan.Households.Plan(index);
        var vbo = plan.Layout.VboOfHousehold(index);
        var address = plan.Addresses.Address(plan.Blocks.Plan(vbo / MunicipalityLayout.VbosPerBlock), vbo % MunicipalityLayout.VbosPerBlock);
        var verblijfplaats = new Verblijfplaats(
            address.Straat,
            address.Huisnummer,
            address.Huisletter,
            address.Huisnummertoevoeging,
            address.Postcode,
            address.Woonplaats,
            address.NummeraanduidingIdentificatie,
            address.VerblijfsobjectIdentificatie);

        var adults = household.Adults.Select(a => plan.Identifiers.Bsn(index, a.Slot)).ToArray();
        var children = household.Children.Select(c => plan.Identifiers.Bsn(index, c.Slot)).ToArray();
        var parentsOfChildren = new ValueList<string>(adults);
        var childrenOfParents = new ValueList<string>(children);

        var personen = new Persoon[adults.Length + children.Length];
        for (var i = 0; i < adults.Length; i++)
        {
            // The other adult, if any, is the partner.
            var partners = adults.Length == 2 ? ValueList.Of(adults[1 - i]) : ValueList<string>.Empty;
            personen[i] = Persoon(household.Adults[i], adults[i], verblijfplaats, partners, ValueList<string>.Empty, childrenOfParents);
        }
        for (var i = 0; i < children.Length; i++)
        {
            personen[adults.Length + i] = Persoon(household.Children[i], children[i], verblijfplaats, ValueList<string>.Empty, parentsOfChildren, ValueList<string>.Empty);
        }
        return personen;
    }

    private static Persoon Persoon(
        MemberPlan member, string bsn, Verblijfplaats verblijfplaats, ValueList<string> partners, ValueList<string> ouders, ValueList<string> kinderen) =>
        new(
            bsn,
            new Naam(member.Voornamen, member.Surname.Voorvoegsel, member.Surname.Geslachtsnaam),
            member.Geslacht,
            new Geboorte(member.Geboortedatum, member.Geboorteplaats),
            member.Overlijdensdatum is { } datum ? new Overlijden(datum) : null,
            verblijfplaats,
            partners,
            ouders,
            kinderen);
}
