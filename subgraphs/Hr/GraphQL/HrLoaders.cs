using FederatedGraph.Subgraphs.Hr.Data;
using FederatedGraph.Subgraphs.Hr.Domain;
using FederatedGraph.Subgraphs.Toolkit.Batching;
using FederatedGraph.Subgraphs.Toolkit.Data;
using FederatedGraph.Subgraphs.Toolkit.Lookups;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
    /// The legal entities owning businesses, for the union field <c>eigenaar</c>. The toolkit's key loader
    /// takes its projection from the resolved field's type, and a union has no columns; here the projection
    /// comes from what the selection asks of <c>NietNatuurlijkPersoon</c> (e.g. <c>... on NietNatuurlijkPersoon</c>).
    /// </summary>
    public static BatchLoader<string, NietNatuurlijkPersoon> EigenaarsRechtspersoon(IResolveFieldContext context)
    {
        var type = (IComplexGraphType)context.Schema.AllTypes[NietNatuurlijkPersoonType.TypeName]!;
        var projection = Projection.For<NietNatuurlijkPersoon>(context, context.FieldAst.SelectionSet, type, n => n.Rsin);
        var services = context.RequestServices!;
        return services.GetRequiredService<BatchScheduler>().GetOrAddLoader($"eigenaarRechtspersoon:{projection.Signature}",
            scheduler => new BatchLoader<string, NietNatuurlijkPersoon>(scheduler, async (keys, cancellationToken) =>
            {
                // A context of its own: the loaders of one request run concurrently.
                var factory = services.GetRequiredService<IDbContextFactory<HrDbContext>>();
                await using var db = await factory.CreateDbContextAsync(cancellationToken);
                // A captured list, so EF Core sends the keys as one parameter.
                var rsins = keys.Distinct().ToList();
                var rows = await projection.ApplyTo(db.NietNatuurlijkePersonen.AsNoTracking().Where(n => rsins.Contains(n.Rsin)))
                    .ToListAsync(cancellationToken);
                return rows.ToDictionary(n => n.Rsin);
            }));
    }
}
