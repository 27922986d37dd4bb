using FederatedGraph.ProcessingLog;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Benchmarks;

/// <summary>
/// What the processing log costs: the shipped side writes every request's records (one batch per registry, one record
/// at the gateway) and waits until they are flushed to disk before answering; the second side waits only until they are
/// committed (<see cref="ProcessingLogDurability.Committed"/>); on the last side the same records are built but their
/// write is skipped.
/// </summary>
public static class ProcessingLogOverheadBenchmark
{
    public static Task<int> RunAsync(string[] args) => OverheadBenchmark.RunAsync(args, new OverheadBenchmark.Comparison("processing log", 0.10,
    [
        new("log flushed to disk before each answer (default)", null),
        new("log committed before each answer (Durability=Committed)",
            services => services.Configure<ProcessingLogOptions>(options => options.Durability = ProcessingLogDurability.Committed)),
        new("without (the log's writes skipped)", services => services.AddSingleton<IInterceptor>(new SkippedLogWrites())),
    ]));

    /// <summary>Skips SaveChanges of the processing log only; the registries' own data is untouched.</summary>
    private sealed class SkippedLogWrites : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
            => ValueTask.FromResult(eventData.Context is ProcessingLogContext ? InterceptionResult<int>.SuppressWithResult(0) : result);
    }
}
