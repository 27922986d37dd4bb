using FederatedGraph.Subgraphs.Bag.Domain;
using FederatedGraph.Subgraphs.SampleData;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using Microsoft.EntityFrameworkCore;
using Sample = FederatedGraph.Subgraphs.SampleData.Bag;

namespace FederatedGraph.Subgraphs.Bag.Data;

/// <summary>Writes the BAG part of the sample municipality, and only that part, into the BAG database.</summary>
public static class BagSeeder
{
    public static async Task SeedAsync(IDbContextFactory<BagDbContext> databases, SeedOptions options, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var bag = new Municipality(SampleScaleParser.Parse(options.Scale)).Bag;
        await SeedWriter.InsertAsync(databases, bag.Woonplaatsen.Select(ToWoonplaats), bag.Woonplaatsen.Count, "woonplaatsen", progress, cancellationToken);
        await SeedWriter.InsertAsync(databases, bag.OpenbareRuimten.Select(ToOpenbareRuimte), bag.OpenbareRuimten.Count, "openbare ruimten", progress, cancellationToken);
        await SeedWriter.InsertAsync(databases, bag.Nummeraanduidingen.Select(ToNummeraanduiding), bag.Nummeraanduidingen.Count, "nummeraanduidingen", progress, cancellationToken);
        await SeedWriter.InsertAsync(databases, bag.Verblijfsobjecten.Select(ToVerblijfsobject), bag.Verblijfsobjecten.Count, "verblijfsobjecten", progress, cancellationToken);
        await SeedWriter.InsertAsync(databases, bag.Panden.Select(ToPand), bag.Panden.Count, "panden", progress, cancellationToken);
        await SeedWriter.InsertAsync(databases, bag.Verblijfsobjecten.SelectMany(ToKoppelingen), total: null, "verblijfsobject-panden", progress, cancellationToken);
    }

    private static Woonplaats ToWoonplaats(Sample.Woonplaats w) => new() { Identificatie = w.Identificatie, Naam = w.Naam };

    private static OpenbareRuimte ToOpenbareRuimte(Sample.OpenbareRuimte o) => new()
    {
        Identificatie = o.Identificatie,
        Naam = o.Naam,
        Type = o.Type,
        WoonplaatsIdentificatie = o.WoonplaatsIdentificatie,
    };

    private static Nummeraanduiding ToNummeraanduiding(Sample.Nummeraanduiding n) => new()
    {
        Identificatie = n.Identificatie,
        Postcode = n.Postcode,
        Huisnummer = n.Huisnummer,
        Huisletter = n.Huisletter,
        Huisnummertoevoeging = n.Huisnummertoevoeging,
        Status = n.Status,
        OpenbareRuimteIdentificatie = n.OpenbareRuimteIdentificatie,
    };

    private static Verblijfsobject ToVerblijfsobject(Sample.Verblijfsobject v) => new()
    {
        Identificatie = v.Identificatie,
        HoofdadresIdentificatie = v.HoofdadresIdentificatie,
        Gebruiksdoelen = [.. v.Gebruiksdoelen],
        Oppervlakte = v.Oppervlakte,
        Status = v.Status,
    };

    private static Pand ToPand(Sample.Pand p) => new()
    {
        Identificatie = p.Identificatie,
        OorspronkelijkBouwjaar = p.OorspronkelijkBouwjaar,
        Status = p.Status,
    };

    private static IEnumerable<VerblijfsobjectPand> ToKoppelingen(Sample.Verblijfsobject v)
        => v.PandIdentificaties.Select(pand => new VerblijfsobjectPand { VerblijfsobjectIdentificatie = v.Identificatie, PandIdentificatie = pand });
}
