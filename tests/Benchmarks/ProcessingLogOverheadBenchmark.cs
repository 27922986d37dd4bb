using FederatedGraph.ProcessingLog;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Benchmarks;

/// <summary>
/// What the processing log costs: the shipped side writes every request's records (one batch per registry, one record
/// at the gateway) before answering; on the other side the same records are built but their write is skipped.
/// </summary>
public static class ProcessingLogOverheadBenchmark
{
    public static Task<int> RunAsync(string[] args) => OverheadBenchmark.RunAsync(args, new OverheadBenchmark.Comparison(
        "processing log", "with the processing log written before each answer", "without (the log's writes skipped)", 0.10,
        services => services.AddSingleton<IInterceptor>(new SkippedLogWrites())));

    /// <summary>Skips SaveChanges of the processing log only; the registries' own data is untouched.</summary>
    private sealed class SkippedLogWrites : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
            => ValueTask.FromResult(eventData.Context is ProcessingLogContext ? InterceptionResult<int>.SuppressWithResult(0) : result);
    }
}
