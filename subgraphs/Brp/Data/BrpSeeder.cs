using FederatedGraph.Subgraphs.Brp.Domain;
using FederatedGraph.Subgraphs.SampleData;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using Microsoft.EntityFrameworkCore;
using Sample = FederatedGraph.Subgraphs.SampleData.Brp;

namespace FederatedGraph.Subgraphs.Brp.Data;

/// <summary>Writes the BRP part of the sample municipality, and only that part, into the BRP database.</summary>
public static class BrpSeeder
{
    public static async Task SeedAsync(IDbContextFactory<BrpDbContext> databases, SeedOptions options, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var personen = new Municipality(SampleScaleParser.Parse(options.Scale)).Brp.Personen;
        await SeedWriter.InsertAsync(databases, personen.Select(ToPersoon), personen.Count, "personen", progress, cancellationToken);
        await SeedWriter.InsertAsync(databases, personen.SelectMany(ToRelaties), total: null, "relaties", progress, cancellationToken);
    }

    private static Persoon ToPersoon(Sample.Persoon p) => new()
    {
        Burgerservicenummer = p.Burgerservicenummer,
        Voornamen = p.Naam.Voornamen,
        Voorvoegsel = p.Naam.Voorvoegsel,
        Geslachtsnaam = p.Naam.Geslachtsnaam,
        Geboortedatum = p.Geboorte.Datum,
        Geboorteplaats = p.Geboorte.Plaats,
        Geslacht = p.Geslacht switch
        {
            Sample.Geslacht.Man => "man",
            Sample.Geslacht.Vrouw => "vrouw",
            _ => "onbekend",
        },
        Overlijdensdatum = p.Overlijden?.Datum,
        Straat = p.Verblijfplaats.Straat,
        Huisnummer = p.Verblijfplaats.Huisnummer,
        Huisletter = p.Verblijfplaats.Huisletter,
        Huisnummertoevoeging = p.Verblijfplaats.Huisnummertoevoeging,
        Postcode = p.Verblijfplaats.Postcode,
        Woonplaats = p.Verblijfplaats.Woonplaats,
        NummeraanduidingIdentificatie = p.Verblijfplaats.NummeraanduidingIdentificatie,
        AdresseerbaarObjectIdentificatie = p.Verblijfplaats.AdresseerbaarObjectIdentificatie,
    };

    private static IEnumerable<Relatie> ToRelaties(Sample.Persoon p)
        => p.Partners.Select(bsn => Relation(p, RelatieSoort.Partner, bsn))
            .Concat(p.Ouders.Select(bsn => Relation(p, RelatieSoort.Ouder, bsn)))
            .Concat(p.Kinderen.Select(bsn => Relation(p, RelatieSoort.Kind, bsn)));

    private static Relatie Relation(Sample.Persoon p, RelatieSoort soort, string other)
        => new() { Burgerservicenummer = p.Burgerservicenummer, Soort = soort, GerelateerdeBurgerservicenummer = other };
}
