using FederatedGraph.Subgraphs.Brk.Domain;
using FederatedGraph.Subgraphs.SampleData;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using Microsoft.EntityFrameworkCore;
using Sample = FederatedGraph.Subgraphs.SampleData.Brk;

namespace FederatedGraph.Subgraphs.Brk.Data;

/// <summary>
/// Writes the BRK part of the sample municipality, and only that part, into the BRK database: gerechtigden
/// and addresses as the BSN, RSIN and BAG keys the BRK records, not as copies of BRP, HR or BAG data.
/// </summary>
public static class BrkSeeder
{
    public static async Task SeedAsync(IDbContextFactory<BrkDbContext> databases, SeedOptions options, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var zaken = new Municipality(SampleScaleParser.Parse(options.Scale)).Brk.OnroerendeZaken;
        await SeedWriter.InsertAsync(databases, zaken.Select(ToOnroerendeZaak), zaken.Count, "onroerende zaken", progress, cancellationToken);
        await SeedWriter.InsertAsync(databases, zaken.SelectMany(ToGerechtigden), total: null, "zakelijk gerechtigden", progress, cancellationToken);
        await SeedWriter.InsertAsync(databases, zaken.SelectMany(ToAdressen), total: null, "onroerende zaak adressen", progress, cancellationToken);
    }

    private static KadastraalOnroerendeZaak ToOnroerendeZaak(Sample.KadastraalOnroerendeZaak z) => new()
    {
        Identificatie = z.Identificatie,
        KadastraleGemeente = z.KadastraleAanduiding.KadastraleGemeente,
        Sectie = z.KadastraleAanduiding.Sectie,
        Perceelnummer = z.KadastraleAanduiding.Perceelnummer,
        Appartementsindex = z.KadastraleAanduiding.Appartementsindex,
        Grootte = z.Grootte,
    };

    private static IEnumerable<ZakelijkGerechtigde> ToGerechtigden(Sample.KadastraalOnroerendeZaak z)
        => z.ZakelijkGerechtigden.Select((g, volgnummer) => new ZakelijkGerechtigde
        {
            OnroerendeZaakIdentificatie = z.Identificatie,
            Volgnummer = volgnummer,
            AandeelTeller = g.Aandeel.Teller,
            AandeelNoemer = g.Aandeel.Noemer,
            SoortRecht = g.SoortRecht,
            Burgerservicenummer = g.Burgerservicenummer,
            Rsin = g.Rsin,
        });

    private static IEnumerable<OnroerendeZaakAdres> ToAdressen(Sample.KadastraalOnroerendeZaak z)
        => z.NummeraanduidingIdentificaties.Select(id => new OnroerendeZaakAdres { OnroerendeZaakIdentificatie = z.Identificatie, NummeraanduidingIdentificatie = id });
}
