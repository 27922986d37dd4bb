using FederatedGraph.Subgraphs.Toolkit.Batching;
using FederatedGraph.Subgraphs.Toolkit.Lookups;
using FederatedGraph.Subgraphs.Woz.Data;
using FederatedGraph.Subgraphs.Woz.Domain;
using GraphQL;

namespace FederatedGraph.Subgraphs.Woz.GraphQL;

/// <summary>
/// The batched loads of the WOZ subgraph. Each loader reads the keys of all executions of a request in
/// one SQL query; the entity loaders select only the columns the field being resolved needs.
/// </summary>
internal static class WozLoaders
{
    public static BatchLoader<string, WozObject> WozObjecten(IResolveFieldContext context)
        => context.KeyLoader<WozDbContext, WozObject, string>("wozObject", o => o.Wozobjectnummer, db => db.WozObjecten);

    /// <summary>By BAG verblijfsobject: the WOZ object that values it.</summary>
    public static BatchLoader<string, WozObject> WozObjectenVanVerblijfsobject(IResolveFieldContext context)
        => context.KeyLoader<WozDbContext, WozObject, string>("wozObjectVanVerblijfsobject", o => o.VerblijfsobjectIdentificatie, db => db.WozObjecten);

    public static BatchLoader<string, WozWaarde[]> Waarden(IResolveFieldContext context)
        => context.GroupLoader<WozDbContext, WozWaarde, string>("waarden", w => w.Wozobjectnummer,
            db => db.WozWaarden.OrderByDescending(w => w.Waardepeildatum));

    public static BatchLoader<string, WozObjectOnroerendeZaak[]> OnroerendeZaken(IResolveFieldContext context)
        => context.GroupLoader<WozDbContext, WozObjectOnroerendeZaak, string>("onroerendeZaken", k => k.Wozobjectnummer,
            db => db.OnroerendeZaken.OrderBy(k => k.OnroerendeZaakIdentificatie), project: false);

    public static BatchLoader<string, WozBelanghebbende[]> Belanghebbenden(IResolveFieldContext context)
        => context.GroupLoader<WozDbContext, WozBelanghebbende, string>("belanghebbenden", b => b.Wozobjectnummer,
            db => db.Belanghebbenden.OrderBy(b => b.Volgnummer));

    /// <summary>
    /// The newest vastgestelde waarde per BAG verblijfsobject: objects and values joined in one query that
    /// returns one row per verblijfsobject. A verblijfsobject without a WOZ object or value loads as null.
    /// </summary>
    public static BatchLoader<string, int?> NieuwsteWaardeVanVerblijfsobject(IResolveFieldContext context)
        => context.KeyLoader<WozDbContext, int?, string>("nieuwsteWaardeVanVerblijfsobject", (db, verblijfsobjecten) =>
            from wozObject in db.WozObjecten
            where verblijfsobjecten.Contains(wozObject.VerblijfsobjectIdentificatie)
            join waarde in db.WozWaarden on wozObject.Wozobjectnummer equals waarde.Wozobjectnummer
            where waarde.Waardepeildatum == db.WozWaarden.Where(w => w.Wozobjectnummer == wozObject.Wozobjectnummer).Max(w => w.Waardepeildatum)
            select new Keyed<string, int?>(wozObject.VerblijfsobjectIdentificatie, waarde.VastgesteldeWaarde));
}
