using FederatedGraph.ProcessingLog;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FederatedGraph.FederationTesting;

/// <summary>Counts a registry's writes to its processing log: how many SaveChanges (each one transaction) and how many
/// INSERT commands they sent, to show that a request's records go out as one batched write.</summary>
public sealed class ProcessingLogWrites : SaveChangesInterceptor
{
    private int _saves;

    public int Saves => _saves;

    public void Clear() => Interlocked.Exchange(ref _saves, 0);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ProcessingLogContext) Interlocked.Increment(ref _saves);
        return ValueTask.FromResult(result);
    }
}
