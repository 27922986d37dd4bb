using FederatedGraph.Subgraphs.SampleData;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using FederatedGraph.Subgraphs.Woz.Domain;
using Microsoft.EntityFrameworkCore;
using Sample = FederatedGraph.Subgraphs.SampleData.Woz;

namespace FederatedGraph.Subgraphs.Woz.Data;

/// <summary>Writes the WOZ part of the sample municipality, and only that part, into the WOZ database.</summary>
public static class WozSeeder
{
    public static async Task SeedAsync(IDbContextFactory<WozDbContext> databases, SeedOptions options, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var objecten = new Municipality(SampleScaleParser.Parse(options.Scale)).Woz.WozObjecten;
        await SeedWriter.InsertAsync(databases, objecten.Select(ToWozObject), objecten.Count, "WOZ-objecten", progress, cancellationToken);
        await SeedWriter.InsertAsync(databases, objecten.SelectMany(ToWaarden), total: null, "WOZ-waarden", progress, cancellationToken);
        await SeedWriter.InsertAsync(databases, objecten.SelectMany(ToOnroerendeZaken), total: null, "kadastrale onroerende zaken", progress, cancellationToken);
        await SeedWriter.InsertAsync(databases, objecten.SelectMany(ToBelanghebbenden), total: null, "belanghebbenden", progress, cancellationToken);
    }

    private static WozObject ToWozObject(Sample.WozObject o) => new()
    {
        Wozobjectnummer = o.WozObjectnummer,
        VerblijfsobjectIdentificatie = o.VerblijfsobjectIdentificatie,
    };

    private static IEnumerable<WozWaarde> ToWaarden(Sample.WozObject o)
        => o.Waarden.Select(w => new WozWaarde { Wozobjectnummer = o.WozObjectnummer, Waardepeildatum = w.Waardepeildatum, VastgesteldeWaarde = w.VastgesteldeWaarde });

    private static IEnumerable<WozObjectOnroerendeZaak> ToOnroerendeZaken(Sample.WozObject o)
        => o.KadastraleOnroerendeZaakIdentificaties.Select(id => new WozObjectOnroerendeZaak { Wozobjectnummer = o.WozObjectnummer, OnroerendeZaakIdentificatie = id });

    private static IEnumerable<WozBelanghebbende> ToBelanghebbenden(Sample.WozObject o)
        => o.Belanghebbenden.Select((b, index) => new WozBelanghebbende
        {
            Wozobjectnummer = o.WozObjectnummer,
            Volgnummer = index + 1,
            Soort = b.Soort,
            Burgerservicenummer = b.Burgerservicenummer,
            KvkNummer = b.KvkNummer,
        });
}
