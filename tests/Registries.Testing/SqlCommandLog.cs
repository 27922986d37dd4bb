using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FederatedGraph.Registries.Testing;

/// <summary>Records the SQL of every query a registry runs on its own data, so tests can count round trips and read columns.
/// The processing log's writes are left out: <c>ProcessingLogWrites</c> counts those.</summary>
public sealed class SqlCommandLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();

    public IReadOnlyList<string> Commands => [.. _commands];

    public void Clear() => _commands.Clear();

    /// <summary>The SELECTs that read from <paramref name="table"/>.</summary>
    public IReadOnlyList<string> SelectsFrom(string table)
        => Commands.Where(c => c.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
                               // SQLite quotes table names, Npgsql leaves lower-case ones bare.
                               && Regex.IsMatch(c, $@"\b(FROM|JOIN)\s+""?{Regex.Escape(table)}""?(\s|$)", RegexOptions.IgnoreCase)).ToList();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command, CommandEventData eventData)
    {
        if (eventData.Context is not FederatedGraph.ProcessingLog.ProcessingLogContext) _commands.Enqueue(command.CommandText);
    }
}
