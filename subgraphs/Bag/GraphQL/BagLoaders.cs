using FederatedGraph.Subgraphs.Bag.Data;
using FederatedGraph.Subgraphs.Bag.Domain;
using FederatedGraph.Subgraphs.Toolkit.Batching;
using FederatedGraph.Subgraphs.Toolkit.Lookups;
using GraphQL;

namespace FederatedGraph.Subgraphs.Bag.GraphQL;

/// <summary>
/// The batched loads of the BAG subgraph. Each loader reads the keys of all executions of a request in
/// one SQL query; the entity loaders select only the columns the field being resolved needs.
/// </summary>
internal static class BagLoaders
{
    public static BatchLoader<string, Woonplaats> Woonplaatsen(IResolveFieldContext context)
        => context.KeyLoader<BagDbContext, Woonplaats, string>("woonplaats", w => w.Identificatie, db => db.Woonplaatsen);

    public static BatchLoader<string, OpenbareRuimte> OpenbareRuimten(IResolveFieldContext context)
        => context.KeyLoader<BagDbContext, OpenbareRuimte, string>("openbareRuimte", o => o.Identificatie, db => db.OpenbareRuimten);

    public static BatchLoader<string, Nummeraanduiding> Nummeraanduidingen(IResolveFieldContext context)
        => context.KeyLoader<BagDbContext, Nummeraanduiding, string>("nummeraanduiding", n => n.Identificatie, db => db.Nummeraanduidingen);

    public static BatchLoader<string, Verblijfsobject> Verblijfsobjecten(IResolveFieldContext context)
        => context.KeyLoader<BagDbContext, Verblijfsobject, string>("verblijfsobject", v => v.Identificatie, db => db.Verblijfsobjecten);

    /// <summary>By hoofdadres: the verblijfsobject a nummeraanduiding is the main address of.</summary>
    public static BatchLoader<string, Verblijfsobject> VerblijfsobjectenBijHoofdadres(IResolveFieldContext context)
        => context.KeyLoader<BagDbContext, Verblijfsobject, string>("verblijfsobjectBijHoofdadres", v => v.HoofdadresIdentificatie, db => db.Verblijfsobjecten);

    public static BatchLoader<string, Pand> Panden(IResolveFieldContext context)
        => context.KeyLoader<BagDbContext, Pand, string>("pand", p => p.Identificatie, db => db.Panden);

    /// <summary>
    /// All nummeraanduidingen per postcode, as whole rows: the caller picks the huisnummer, huisletter and
    /// toevoeging in memory. A postcode holds a few dozen addresses, and the (postcode, huisnummer) index serves it.
    /// </summary>
    public static BatchLoader<string, Nummeraanduiding[]> NummeraanduidingenMetPostcode(IResolveFieldContext context)
        => context.GroupLoader<BagDbContext, Nummeraanduiding, string>("nummeraanduidingenMetPostcode", n => n.Postcode, db => db.Nummeraanduidingen, project: false);

    /// <summary>The panden of verblijfsobjecten: koppeltabel and panden joined, one query, only the selected columns.</summary>
    public static BatchLoader<string, Pand[]> PandenVanVerblijfsobject(IResolveFieldContext context)
        => context.GroupLoader<BagDbContext, Pand, string>("pandenVanVerblijfsobject", p => p.Identificatie, (db, panden, verblijfsobjecten) =>
            from koppeling in db.VerblijfsobjectPanden
            where verblijfsobjecten.Contains(koppeling.VerblijfsobjectIdentificatie)
            join pand in panden on koppeling.PandIdentificatie equals pand.Identificatie
            orderby pand.Identificatie
            select new Keyed<string, Pand>(koppeling.VerblijfsobjectIdentificatie, pand));

    /// <summary>The verblijfsobjecten in panden: koppeltabel and verblijfsobjecten joined, one query, only the selected columns.</summary>
    public static BatchLoader<string, Verblijfsobject[]> VerblijfsobjectenInPand(IResolveFieldContext context)
        => context.GroupLoader<BagDbContext, Verblijfsobject, string>("verblijfsobjectenInPand", v => v.Identificatie, (db, verblijfsobjecten, panden) =>
            from koppeling in db.VerblijfsobjectPanden
            where panden.Contains(koppeling.PandIdentificatie)
            join verblijfsobject in verblijfsobjecten on koppeling.VerblijfsobjectIdentificatie equals verblijfsobject.Identificatie
            orderby verblijfsobject.Identificatie
            select new Keyed<string, Verblijfsobject>(koppeling.PandIdentificatie, verblijfsobject));

    /// <summary>The naam of openbare ruimten by identificatie: only that column, for the derived <c>straat</c>.</summary>
    public static BatchLoader<string, string> Straatnamen(IResolveFieldContext context)
        => context.KeyLoader<BagDbContext, string, string>("straatnaam", (db, openbareRuimten) =>
            from openbareRuimte in db.OpenbareRuimten
            where openbareRuimten.Contains(openbareRuimte.Identificatie)
            select new Keyed<string, string>(openbareRuimte.Identificatie, openbareRuimte.Naam));

    /// <summary>The woonplaats naam by openbare ruimte identificatie: both tables joined in one query.</summary>
    public static BatchLoader<string, string> WoonplaatsnamenVanOpenbareRuimte(IResolveFieldContext context)
        => context.KeyLoader<BagDbContext, string, string>("woonplaatsnaamVanOpenbareRuimte", (db, openbareRuimten) =>
            from openbareRuimte in db.OpenbareRuimten
            where openbareRuimten.Contains(openbareRuimte.Identificatie)
            join woonplaats in db.Woonplaatsen on openbareRuimte.WoonplaatsIdentificatie equals woonplaats.Identificatie
            select new Keyed<string, string>(openbareRuimte.Identificatie, woonplaats.Naam));
}
