using FederatedGraph.Subgraphs.SampleData.Planning;

namespace FederatedGraph.Subgraphs.SampleData.Hr;

/// <summary>The HR part: about one business per ten persons, each with exactly one vestiging.</summary>
public sealed class HrData
{
    private readonly MunicipalityPlan plan;

    internal HrData(MunicipalityPlan plan)
    {
        this.plan = plan;
        MaatschappelijkeActiviteiten = new(GenerateMaatschappelijkeActiviteiten, () => plan.Layout.BusinessCount);
        Vestigingen = new(GenerateVestigingen, () => plan.Layout.BusinessCount);
    }

    public SampleSet<MaatschappelijkeActiviteit> MaatschappelijkeActiviteiten { get; }
    public SampleSet<Vestiging> Vestigingen { get; }

    private IEnumerable<MaatschappelijkeActiviteit> GenerateMaatschappelijkeActiviteiten()
    {
        for (var index = 0; index < plan.Layout.BusinessCount; index++)
        {
            var business = plan.Businesses.Plan(index);
            Eigenaar eigenaar = business.ProprietorHousehold is { } household
                ? new NatuurlijkPersoon(plan.Identifiers.Bsn(household, 0))
                : new NietNatuurlijkPersoon(plan.Identifiers.Rsin(index), business.StatutaireNaam!);
            yield return new MaatschappelijkeActiviteit(plan.Identifiers.KvkNummer(index), business.Naam, business.Rechtsvorm, business.Startdatum, eigenaar);
        }
    }

    private IEnumerable<Vestiging> GenerateVestigingen()
    {
        for (var index = 0; index < plan.Layout.BusinessCount; index++)
        {
            var business = plan.Businesses.Plan(index);
            SbiActiviteit[] activiteiten =
            [
                new(business.Hoofdactiviteit.SbiCode, business.Hoofdactiviteit.SbiOmschrijving, true),
                .. business.Nevenactiviteiten.Select(b => new SbiActiviteit(b.SbiCode, b.SbiOmschrijving, false)),
            ];
            yield return new Vestiging(
                plan.Identifiers.Vestigingsnummer(index),
                plan.Identifiers.KvkNummer(index),
                new ValueList<string>([.. business.Handelsnamen]),
                new ValueList<SbiActiviteit>(activiteiten),
                Identifiers.Nummeraanduiding(plan.Layout.VboOfBusiness(index)));
        }
    }
}
