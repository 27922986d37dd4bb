using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FederatedGraph.ProcessingLog;

/// <summary>
/// When a write of the log counts as done, before the answer may leave (setting <c>ProcessingLog:Durability</c>).
/// </summary>
public enum ProcessingLogDurability
{
    /// <summary>The default: the database has flushed the records to disk (SQLite <c>synchronous=FULL</c>, PostgreSQL
    /// as its server is configured, normally <c>synchronous_commit=on</c>). Survives a power failure.</summary>
    Flushed,

    /// <summary>The database has committed the records and flushes them shortly after (SQLite <c>synchronous=NORMAL</c>
    /// in WAL mode, PostgreSQL <c>synchronous_commit=off</c> for the log's transactions). Survives a crash of the process,
    /// not of the machine: the last moments of records may be lost with a power failure. For disks whose flush is slow.</summary>
    Committed,
}

/// <summary>Sets the durability on every connection the log opens; the registry's own connections are left alone.</summary>
internal sealed class DurabilityInterceptor(ProcessingLogDurability durability) : DbConnectionInterceptor
{
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var statement = Statement(connection);
        if (statement is null) return;
        await using var command = connection.CreateCommand();
        command.CommandText = statement;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        var statement = Statement(connection);
        if (statement is null) return;
        using var command = connection.CreateCommand();
        command.CommandText = statement;
        command.ExecuteNonQuery();
    }

    private string? Statement(DbConnection connection) => connection.GetType().Name switch
    {
        "SqliteConnection" => durability == ProcessingLogDurability.Flushed ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;",
        // Session settings: Npgsql resets them when the connection returns to its pool.
        "NpgsqlConnection" when durability == ProcessingLogDurability.Committed => "SET synchronous_commit = off;",
        _ => null,
    };
}

/// <summary>How the log is written; the hosts set it from <c>ProcessingLog:Durability</c>.</summary>
public sealed class ProcessingLogOptions
{
    public ProcessingLogDurability Durability { get; set; } = ProcessingLogDurability.Flushed;
}
