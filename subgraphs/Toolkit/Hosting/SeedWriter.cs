using Microsoft.EntityFrameworkCore;

namespace FederatedGraph.Subgraphs.Toolkit.Hosting;

/// <summary>
/// Inserts a stream of rows in chunks, each with a fresh context and change detection off,
/// so a million rows neither pile up in one change tracker nor sit in memory at once.
/// </summary>
public static class SeedWriter
{
    public static async Task InsertAsync<TContext, TRow>(
        IDbContextFactory<TContext> databases, IEnumerable<TRow> rows, int? total, string label,
        IProgress<string> progress, CancellationToken cancellationToken, int chunkSize = 5000)
        where TContext : DbContext
        where TRow : class
    {
        var written = 0;
        // Report about ten times per table; without a known total, every 50,000 rows.
        var step = total is { } known ? Math.Max(known / 10, chunkSize) : 50_000;
        var nextReport = step;
        foreach (var chunk in rows.Chunk(chunkSize))
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Set<TRow>().AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
            written += chunk.Length;
            if (written >= nextReport || written == total)
            {
                progress.Report(total is null ? $"{label}: {written:N0}" : $"{label}: {written:N0} of {total:N0}");
                nextReport = written + step;
            }
        }
        if (total is null) progress.Report($"{label}: {written:N0} written");
    }
}
