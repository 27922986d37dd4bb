using System.Diagnostics;
using FederatedGraph.ProcessingLog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.ProcessingLog.Tests;

/// <summary>The store on a real SQLite file: its migration, the batched write and the read filters.</summary>
public sealed class ProcessingLogStoreTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"federatedgraph-log-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;
    private ProcessingLogStore Store => _services.GetRequiredService<ProcessingLogStore>();

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection()
            .AddProcessingLogStore(options => options.UseSqlite($"Data Source={_path};Pooling=False", o => o.MigrationsHistoryTable(ProcessingLogContext.MigrationsTable)))
            .BuildServiceProvider();
        await Store.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    [Fact]
    public async Task Records_are_read_back_by_trace_subject_activity_and_time_newest_first()
    {
        var trace = ActivityTraceId.CreateRandom().ToHexString();
        var start = new DateTime(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc);
        await Store.WriteAsync([
            Record(trace, "a", "subject-1", start),
            Record(trace, "b", "subject-2", start.AddMinutes(1)),
            Record(ActivityTraceId.CreateRandom().ToHexString(), "a", "subject-1", start.AddMinutes(2), activity: "https://example/confidential"),
        ], default);

        Assert.Equal(2, (await Store.ReadAsync(new ProcessingRecordFilter { TraceId = trace }, default)).Count);
        var subject = await Store.ReadAsync(new ProcessingRecordFilter { DataSubjectId = "subject-1" }, default);
        Assert.Equal([start.AddMinutes(2), start], subject.Select(r => DateTime.SpecifyKind(r.StartTime, DateTimeKind.Utc)));
        Assert.Single(await Store.ReadAsync(new ProcessingRecordFilter { DataSubjectId = "subject-1", HiddenActivities = new HashSet<string> { "https://example/confidential" } }, default));
        Assert.Single(await Store.ReadAsync(new ProcessingRecordFilter { DataSubjectId = "subject-1", From = start.AddMinutes(1) }, default));
        Assert.Single(await Store.ReadAsync(new ProcessingRecordFilter { DataSubjectId = "subject-1", Until = start.AddMinutes(1) }, default));
        Assert.Single(await Store.ReadAsync(new ProcessingRecordFilter { ProcessingActivityId = "https://example/confidential" }, default));
    }

    [Fact]
    public async Task A_store_that_cannot_write_says_so_and_keeps_nothing()
    {
        await using (var db = await _services.GetRequiredService<IDbContextFactory<ProcessingLogContext>>().CreateDbContextAsync())
            await db.Database.ExecuteSqlRawAsync("DROP TABLE processing_records");

        var trace = ActivityTraceId.CreateRandom().ToHexString();
        await Assert.ThrowsAsync<ProcessingLogUnavailableException>(() => Store.WriteAsync([Record(trace, "a", "subject-1", DateTime.UtcNow)], default));
    }

    [Fact]
    public async Task Requests_writing_at_the_same_time_each_get_their_records_kept()
    {
        var traces = Enumerable.Range(0, 40).Select(_ => ActivityTraceId.CreateRandom().ToHexString()).ToList();

        await Task.WhenAll(traces.Select(trace => Store.WriteAsync([Record(trace, "a", "s1", DateTime.UtcNow), Record(trace, "b", "s2", DateTime.UtcNow)], default)));

        foreach (var trace in traces) Assert.Equal(2, (await Store.ReadAsync(new ProcessingRecordFilter { TraceId = trace }, default)).Count);
    }

    [Theory]
    [InlineData(ProcessingLogDurability.Flushed, 2)]   // FULL: every commit flushed
    [InlineData(ProcessingLogDurability.Committed, 1)] // NORMAL: flushed at checkpoints
    public async Task The_durability_setting_decides_when_sqlite_flushes(ProcessingLogDurability durability, long synchronous)
    {
        await using var services = new ServiceCollection()
            .AddProcessingLogStore(options => options.UseSqlite($"Data Source={_path};Pooling=False"), durability)
            .BuildServiceProvider();
        await using var db = await services.GetRequiredService<IDbContextFactory<ProcessingLogContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous;";

        Assert.Equal(synchronous, (long)(await command.ExecuteScalarAsync())!);
    }

    private static ProcessingRecord Record(string trace, string span, string subject, DateTime start, string activity = "https://example/activity") => new()
    {
        TraceId = trace,
        SpanId = (span + "000000000000000")[..16],
        Name = "test: query",
        StartTime = start,
        EndTime = start.AddMilliseconds(5),
        Status = ProcessingStatus.Ok,
        ProcessingActivityId = activity,
        ProcessingActivityVersion = "1",
        DataSubjectId = subject,
        DataSubjectIdType = "BSN",
        ProcessorOrganisation = "00000001999999999000",
        ProcessorApplication = "test",
        Source = "test",
    };
}
