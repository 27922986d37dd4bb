using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FederatedGraph.ProcessingLog;

/// <summary>
/// Writes and reads the records of one process's processing log. Writes go through one writer that commits whatever
/// requests are waiting in one transaction (group commit): under load many requests share one flush to disk, and no
/// request waits for more than the write after the one in progress.
/// </summary>
public sealed class ProcessingLogStore
{
    /// <summary>The span of each write, so a trace shows what the log cost a request.</summary>
    public const string ActivitySourceName = "FederatedGraph.ProcessingLog";

    /// <summary>Most records one read returns: LDV's read API has no paging, so every read is capped.</summary>
    public const int MaximumReadSize = 1000;

    private static readonly ActivitySource Source = new(ActivitySourceName);

    private readonly IDbContextFactory<ProcessingLogContext> _contexts;
    private readonly Channel<PendingWrite> _pending = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });

    public ProcessingLogStore(IDbContextFactory<ProcessingLogContext> contexts)
    {
        _contexts = contexts;
        _ = Task.Run(WriteWaitingAsync);
    }

    /// <summary>
    /// Writes a request's records, one batched write however many subjects it concerns, and returns only when the
    /// database has them (as durable as <see cref="ProcessingLogOptions.Durability"/> says). Throws
    /// <see cref="ProcessingLogUnavailableException"/> when it cannot: the caller must then not answer with the data the
    /// records are about.
    /// </summary>
    public async Task WriteAsync(IReadOnlyCollection<ProcessingRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0) return;
        using var span = Source.StartActivity("processing log write");
        span?.SetTag("federatedgraph.processing_log.records", records.Count);
        var pending = new PendingWrite(records);
        _pending.Writer.TryWrite(pending);
        try
        {
            // A cancelled request stops waiting; its records are still written, as the processing happened.
            await pending.Written.Task.WaitAsync(cancellationToken);
        }
        catch (ProcessingLogUnavailableException exception)
        {
            span?.SetStatus(ActivityStatusCode.Error, exception.InnerException?.GetType().Name);
            throw;
        }
    }

    /// <summary>The writer: takes every request waiting, writes their records in one transaction, and tells each.</summary>
    private async Task WriteWaitingAsync()
    {
        var group = new List<PendingWrite>();
        while (await _pending.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (_pending.Reader.TryRead(out var pending)) group.Add(pending);
            try
            {
                await using var db = await _contexts.CreateDbContextAsync();
                foreach (var pending in group) db.Records.AddRange(pending.Records);
                await db.SaveChangesAsync();
                foreach (var pending in group) pending.Written.TrySetResult();
            }
            catch (Exception exception)
            {
                // Whatever went wrong, no request of the group may answer as if its records were kept.
                var unavailable = new ProcessingLogUnavailableException(exception);
                foreach (var pending in group) pending.Written.TrySetException(unavailable);
            }
        }
    }

    private sealed record PendingWrite(IReadOnlyCollection<ProcessingRecord> Records)
    {
        public TaskCompletionSource Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The records that match, newest first, at most <see cref="MaximumReadSize"/>.</summary>
    public async Task<IReadOnlyList<ProcessingRecord>> ReadAsync(ProcessingRecordFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var records = db.Records.AsNoTracking();
        if (filter.DataSubjectId is not null) records = records.Where(r => r.DataSubjectId == filter.DataSubjectId);
        if (filter.DataSubjectIdType is not null) records = records.Where(r => r.DataSubjectIdType == filter.DataSubjectIdType);
        if (filter.TraceId is not null) records = records.Where(r => r.TraceId == filter.TraceId);
        if (filter.ProcessingActivityId is not null) records = records.Where(r => r.ProcessingActivityId == filter.ProcessingActivityId);
        if (filter.From is { } from) records = records.Where(r => r.StartTime >= from);
        if (filter.Until is { } until) records = records.Where(r => r.StartTime < until);
        if (filter.HiddenActivities.Count > 0)
        {
            var hidden = filter.HiddenActivities.ToList();
            records = records.Where(r => !hidden.Contains(r.ProcessingActivityId));
        }
        return await records.OrderByDescending(r => r.StartTime).ThenBy(r => r.SpanId)
            .Take(Math.Clamp(filter.Limit, 1, MaximumReadSize)).ToListAsync(cancellationToken);
    }

    /// <summary>Creates or updates the log's table; every process does this at start, before it answers anyone.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        // SQLite: let requests read the registry while another request commits its records.
        if (db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}

/// <summary>What a read of the log asks for; the null members do not filter.</summary>
public sealed record ProcessingRecordFilter
{
    /// <summary>The subject's pseudonym, as <see cref="SubjectPseudonymiser"/> makes it.</summary>
    public string? DataSubjectId { get; init; }

    public string? DataSubjectIdType { get; init; }

    public string? TraceId { get; init; }

    public string? ProcessingActivityId { get; init; }

    /// <summary>From this moment (UTC), inclusive.</summary>
    public DateTime? From { get; init; }

    /// <summary>Until this moment (UTC), exclusive.</summary>
    public DateTime? Until { get; init; }

    /// <summary>Activities whose records this reader must not see (the confidential ones, for a data subject).</summary>
    public IReadOnlySet<string> HiddenActivities { get; init; } = new HashSet<string>();

    public int Limit { get; init; } = ProcessingLogStore.MaximumReadSize;
}

/// <summary>The log could not be written: the process must refuse to hand out the data (FSC's rule).</summary>
public sealed class ProcessingLogUnavailableException(Exception inner)
    : Exception("The processing log could not be written.", inner);

public static class ProcessingLogErrorCodes
{
    /// <summary>The records of the processing could not be written, so its personal data is not handed out.</summary>
    public const string Unavailable = "PROCESSING_LOG_UNAVAILABLE";

    /// <summary>The caller's processing activity does not allow reading the processing log, or not this subject's.</summary>
    public const string AccessDenied = "PROCESSING_LOG_ACCESS_DENIED";

    /// <summary>A read of the processing log without a filter that narrows it, or with an invalid one.</summary>
    public const string InvalidFilter = "PROCESSING_LOG_INVALID_FILTER";
}

public static class ProcessingLogServiceCollectionExtensions
{
    /// <summary>The processing log in the database <paramref name="useDatabase"/> chooses; the host migrates it at start
    /// (<see cref="ProcessingLogStore.MigrateAsync"/>).</summary>
    public static IServiceCollection AddProcessingLogStore(this IServiceCollection services, Action<DbContextOptionsBuilder> useDatabase,
        ProcessingLogDurability durability = ProcessingLogDurability.Flushed)
    {
        services.AddOptions<ProcessingLogOptions>().Configure(options => options.Durability = durability);
        services.AddPooledDbContextFactory<ProcessingLogContext>((provider, options) =>
        {
            useDatabase(options);
            options.AddInterceptors(new DurabilityInterceptor(provider.GetRequiredService<IOptions<ProcessingLogOptions>>().Value.Durability));
            options.AddInterceptors(provider.GetServices<IInterceptor>());
            options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
            // The one migration is written by hand, without a model snapshot to compare the model with.
            options.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        services.AddSingleton<ProcessingLogStore>();
        return services;
    }
}
