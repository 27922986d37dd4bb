using FederatedGraph.Subgraphs.Brk.Data;
using FederatedGraph.Subgraphs.Brk.Domain;
using FederatedGraph.Subgraphs.Toolkit.Batching;
using FederatedGraph.Subgraphs.Toolkit.Data;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Brk.GraphQL;

/// <summary>One row of a join: the key that was asked for (a BSN, RSIN or BAG id) and an onroerende zaak found for it.</summary>
public sealed record ZaakBijSleutel(string Sleutel, KadastraalOnroerendeZaak Zaak);

/// <summary>
/// Batch loaders of onroerende zaken reached through a koppeltabel (gerechtigden, adressen): the koppeltabel
/// joined to the projected zaken in one SQL query for all keys of a dispatch round. The toolkit's group loader
/// would need a second query per level for the zaken themselves.
/// </summary>
internal static class ZaakJoinLoader
{
    /// <param name="zaken">The onroerende zaken, already projected onto the selected columns.</param>
    /// <param name="keys">Distinct keys; used inside the query they travel as one SQL parameter.</param>
    public delegate IQueryable<ZaakBijSleutel> Join(BrkDbContext db, IQueryable<KadastraalOnroerendeZaak> zaken, List<string> keys);

    /// <summary>Every zaak found per key, ordered by identificatie; a key without rows loads as an empty array.</summary>
    /// <param name="name">Unique per join: loaders are shared by name (and projection) within one HTTP request.</param>
    public static BatchLoader<string, KadastraalOnroerendeZaak[]> Create(IResolveFieldContext context, string name, Join join)
    {
        var projection = Projection.For<KadastraalOnroerendeZaak>(context, z => z.Identificatie);
        var services = context.RequestServices!;
        return services.GetRequiredService<BatchScheduler>().GetOrAddLoader($"{name}:{projection.Signature}",
            scheduler => new BatchLoader<string, KadastraalOnroerendeZaak[]>(scheduler, async (keys, cancellationToken) =>
            {
                var distinct = keys.Distinct().ToList();
                // A context of its own: the loaders of one request run concurrently.
                await using var db = await services.GetRequiredService<IDbContextFactory<BrkDbContext>>().CreateDbContextAsync(cancellationToken);
                var rows = (await join(db, projection.ApplyTo(db.OnroerendeZaken.AsNoTracking()), distinct)
                        .AsNoTracking().ToListAsync(cancellationToken))
                    .ToLookup(row => row.Sleutel, row => row.Zaak);
                // Two rights of one holder on the same zaak still make it one eigendom.
                return distinct.ToDictionary(key => key, key => rows[key].DistinctBy(z => z.Identificatie).OrderBy(z => z.Identificatie, StringComparer.Ordinal).ToArray());
            }));
    }
}
