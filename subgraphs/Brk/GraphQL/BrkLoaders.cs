using FederatedGraph.Subgraphs.Brk.Data;
using FederatedGraph.Subgraphs.Brk.Domain;
using FederatedGraph.Subgraphs.Toolkit.Batching;
using FederatedGraph.Subgraphs.Toolkit.Lookups;
using GraphQL;

namespace FederatedGraph.Subgraphs.Brk.GraphQL;

/// <summary>
/// The batched loads of the BRK subgraph. Each loader reads the keys of all executions of a request in
/// one SQL query and selects only the columns the field being resolved needs. The zaken reached through a
/// koppeltabel are ordered in SQL: identificaties are 15 digits, so every collation orders them alike.
/// </summary>
internal static class BrkLoaders
{
    public static BatchLoader<string, KadastraalOnroerendeZaak> OnroerendeZaken(IResolveFieldContext context)
        => context.KeyLoader<BrkDbContext, KadastraalOnroerendeZaak, string>("onroerendeZaak", z => z.Identificatie, db => db.OnroerendeZaken);

    public static BatchLoader<string, ZakelijkGerechtigde[]> ZakelijkGerechtigden(IResolveFieldContext context)
        => context.GroupLoader<BrkDbContext, ZakelijkGerechtigde, string>("zakelijkGerechtigden", g => g.OnroerendeZaakIdentificatie,
            db => db.ZakelijkGerechtigden.OrderBy(g => g.Volgnummer));

    /// <summary>The BAG keys of the addresses of onroerende zaken: koppeltabel rows, both columns needed.</summary>
    public static BatchLoader<string, OnroerendeZaakAdres[]> Adressen(IResolveFieldContext context)
        => context.GroupLoader<BrkDbContext, OnroerendeZaakAdres, string>("adressen", a => a.OnroerendeZaakIdentificatie,
            db => db.OnroerendeZaakAdressen.OrderBy(a => a.NummeraanduidingIdentificatie), project: false);

    /// <summary>The zaken on which a natuurlijk persoon (by BSN) is zakelijk gerechtigde.</summary>
    public static BatchLoader<string, KadastraalOnroerendeZaak[]> EigendommenVanPersoon(IResolveFieldContext context)
        => context.GroupLoader<BrkDbContext, KadastraalOnroerendeZaak, string>("eigendommenVanPersoon", z => z.Identificatie, (db, zaken, bsns) =>
            from gerechtigde in db.ZakelijkGerechtigden
            where bsns.Contains(gerechtigde.Burgerservicenummer!)
            join zaak in zaken on gerechtigde.OnroerendeZaakIdentificatie equals zaak.Identificatie
            orderby zaak.Identificatie
            select new Keyed<string, KadastraalOnroerendeZaak>(gerechtigde.Burgerservicenummer!, zaak));

    /// <summary>The zaken on which a niet-natuurlijk persoon (by RSIN) is zakelijk gerechtigde.</summary>
    public static BatchLoader<string, KadastraalOnroerendeZaak[]> EigendommenVanNietNatuurlijkPersoon(IResolveFieldContext context)
        => context.GroupLoader<BrkDbContext, KadastraalOnroerendeZaak, string>("eigendommenVanNietNatuurlijkPersoon", z => z.Identificatie, (db, zaken, rsins) =>
            from gerechtigde in db.ZakelijkGerechtigden
            where rsins.Contains(gerechtigde.Rsin!)
            join zaak in zaken on gerechtigde.OnroerendeZaakIdentificatie equals zaak.Identificatie
            orderby zaak.Identificatie
            select new Keyed<string, KadastraalOnroerendeZaak>(gerechtigde.Rsin!, zaak));

    /// <summary>The zaken at BAG nummeraanduidingen.</summary>
    public static BatchLoader<string, KadastraalOnroerendeZaak[]> ZakenOpAdres(IResolveFieldContext context)
        => context.GroupLoader<BrkDbContext, KadastraalOnroerendeZaak, string>("zakenOpAdres", z => z.Identificatie, (db, zaken, nummeraanduidingen) =>
            from adres in db.OnroerendeZaakAdressen
            where nummeraanduidingen.Contains(adres.NummeraanduidingIdentificatie)
            join zaak in zaken on adres.OnroerendeZaakIdentificatie equals zaak.Identificatie
            orderby zaak.Identificatie
            select new Keyed<string, KadastraalOnroerendeZaak>(adres.NummeraanduidingIdentificatie, zaak));
}
