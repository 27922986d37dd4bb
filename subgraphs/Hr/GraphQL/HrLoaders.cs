using FederatedGraph.Subgraphs.Hr.Data;
using FederatedGraph.Subgraphs.Hr.Domain;
using FederatedGraph.Subgraphs.Toolkit.Batching;
using FederatedGraph.Subgraphs.Toolkit.Lookups;
using GraphQL;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Hr.GraphQL;

/// <summary>
/// The batched loads of the HR subgraph. Each loader reads the keys of all executions of a request in
/// one SQL query that selects only the columns the field being resolved needs.
/// </summary>
internal static class HrLoaders
{
    public static BatchLoader<string, MaatschappelijkeActiviteit> MaatschappelijkeActiviteiten(IResolveFieldContext context)
        => context.KeyLoader<HrDbContext, MaatschappelijkeActiviteit, string>("maatschappelijkeActiviteit", m => m.KvkNummer, db => db.MaatschappelijkeActiviteiten);

    public static BatchLoader<string, Vestiging> Vestigingen(IResolveFieldContext context)
        => context.KeyLoader<HrDbContext, Vestiging, string>("vestiging", v => v.Vestigingsnummer, db => db.Vestigingen);

    public static BatchLoader<string, NietNatuurlijkPersoon> NietNatuurlijkePersonen(IResolveFieldContext context)
        => context.KeyLoader<HrDbContext, NietNatuurlijkPersoon, string>("nietNatuurlijkPersoon", n => n.Rsin, db => db.NietNatuurlijkePersonen);

    public static BatchLoader<string, MaatschappelijkeActiviteit[]> OndernemingenVanPersoon(IResolveFieldContext context)
        => context.GroupLoader<HrDbContext, MaatschappelijkeActiviteit, string>("ondernemingenVanPersoon",
            m => m.EigenaarBurgerservicenummer!, db => db.MaatschappelijkeActiviteiten.OrderBy(m => m.KvkNummer));

    public static BatchLoader<string, MaatschappelijkeActiviteit[]> OndernemingenVanRechtspersoon(IResolveFieldContext context)
        => context.GroupLoader<HrDbContext, MaatschappelijkeActiviteit, string>("ondernemingenVanRechtspersoon",
            m => m.EigenaarRsin!, db => db.MaatschappelijkeActiviteiten.OrderBy(m => m.KvkNummer));

    public static BatchLoader<string, Vestiging[]> VestigingenVanActiviteit(IResolveFieldContext context)
        => context.GroupLoader<HrDbContext, Vestiging, string>("vestigingenVanActiviteit",
            v => v.KvkNummer, db => db.Vestigingen.OrderBy(v => v.Vestigingsnummer));

    public static BatchLoader<string, Vestiging[]> VestigingenOpBezoekadres(IResolveFieldContext context)
        => context.GroupLoader<HrDbContext, Vestiging, string>("vestigingenOpBezoekadres",
            v => v.BezoekadresIdentificatie, db => db.Vestigingen.OrderBy(v => v.Vestigingsnummer));

    /// <summary>The main activity first, then the others by code.</summary>
    public static BatchLoader<string, SbiActiviteit[]> SbiActiviteiten(IResolveFieldContext context)
        => context.GroupLoader<HrDbContext, SbiActiviteit, string>("sbiActiviteiten",
            s => s.Vestigingsnummer, db => db.SbiActiviteiten.OrderByDescending(s => s.IndHoofdactiviteit).ThenBy(s => s.SbiCode));

    /// <summary>
    /// The legal entities owning businesses, for the union field <c>eigenaar</c>: a union has no columns, so the
    /// projection comes from what the selection asks of <c>NietNatuurlijkPersoon</c> (e.g. <c>... on NietNatuurlijkPersoon</c>).
    /// </summary>
    public static BatchLoader<string, NietNatuurlijkPersoon> EigenaarsRechtspersoon(IResolveFieldContext context)
        => context.KeyLoader<HrDbContext, NietNatuurlijkPersoon, string>("eigenaarRechtspersoon", n => n.Rsin, db => db.NietNatuurlijkePersonen,
            selectedAs: (IComplexGraphType)context.Schema.AllTypes[NietNatuurlijkPersoonType.TypeName]!);
}
