using FederatedGraph.Subgraphs.Hr.Domain;
using FederatedGraph.Subgraphs.SampleData;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using Microsoft.EntityFrameworkCore;
using Sample = FederatedGraph.Subgraphs.SampleData.Hr;

namespace FederatedGraph.Subgraphs.Hr.Data;

/// <summary>
/// Writes the HR part of the sample municipality, and only that part, into the HR database: of the BRP and
/// BAG it keeps just the keys the sample records carry (the owner's BSN, the bezoekadres identificatie).
/// </summary>
public static class HrSeeder
{
    public static async Task SeedAsync(IDbContextFactory<HrDbContext> databases, SeedOptions options, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var hr = new Municipality(SampleScaleParser.Parse(options.Scale)).Hr;
        var activiteiten = hr.MaatschappelijkeActiviteiten;
        await SeedWriter.InsertAsync(databases, activiteiten.Select(ToMaatschappelijkeActiviteit), activiteiten.Count, "maatschappelijke activiteiten", progress, cancellationToken);
        // A legal entity may own several businesses; it is stored once.
        var rechtspersonen = activiteiten.Select(a => a.Eigenaar).OfType<Sample.NietNatuurlijkPersoon>().DistinctBy(n => n.Rsin);
        await SeedWriter.InsertAsync(databases, rechtspersonen.Select(ToNietNatuurlijkPersoon), total: null, "niet-natuurlijke personen", progress, cancellationToken);
        await SeedWriter.InsertAsync(databases, hr.Vestigingen.Select(ToVestiging), hr.Vestigingen.Count, "vestigingen", progress, cancellationToken);
        await SeedWriter.InsertAsync(databases, hr.Vestigingen.SelectMany(ToSbiActiviteiten), total: null, "SBI-activiteiten", progress, cancellationToken);
    }

    private static MaatschappelijkeActiviteit ToMaatschappelijkeActiviteit(Sample.MaatschappelijkeActiviteit a) => new()
    {
        KvkNummer = a.KvkNummer,
        Naam = a.Naam,
        Rechtsvorm = a.Rechtsvorm,
        Startdatum = a.Startdatum,
        EigenaarBurgerservicenummer = (a.Eigenaar as Sample.NatuurlijkPersoon)?.Burgerservicenummer,
        EigenaarRsin = (a.Eigenaar as Sample.NietNatuurlijkPersoon)?.Rsin,
    };

    private static NietNatuurlijkPersoon ToNietNatuurlijkPersoon(Sample.NietNatuurlijkPersoon n)
        => new() { Rsin = n.Rsin, StatutaireNaam = n.StatutaireNaam };

    private static Vestiging ToVestiging(Sample.Vestiging v) => new()
    {
        Vestigingsnummer = v.Vestigingsnummer,
        KvkNummer = v.KvkNummer,
        Handelsnamen = [.. v.Handelsnamen],
        BezoekadresIdentificatie = v.BezoekadresNummeraanduidingIdentificatie,
    };

    private static IEnumerable<SbiActiviteit> ToSbiActiviteiten(Sample.Vestiging v)
        => v.SbiActiviteiten.Select(s => new SbiActiviteit
        {
            Vestigingsnummer = v.Vestigingsnummer,
            SbiCode = s.SbiCode,
            SbiOmschrijving = s.SbiOmschrijving,
            IndHoofdactiviteit = s.IndHoofdactiviteit,
        });
}
