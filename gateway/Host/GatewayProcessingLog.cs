using FederatedGraph.Gateway.Execution;
using FederatedGraph.ProcessingLog;
using FederatedGraph.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FederatedGraph.Gateway;

/// <summary>
/// The gateway's own record in the Logboek Dataverwerkingen: the processing it performed for a caller (purpose, client,
/// user, trace), without personal data: no data subject, the user only as a keyed hash. Its span is the parent of the
/// registries' records of the same request, which carry the subjects.
/// </summary>
public sealed class GatewayProcessingLog(ProcessingLogStore store, SubjectPseudonymiser pseudonymiser, TimeProvider time, ILogger<GatewayProcessingLog> logger)
{
    public const string Source = "gateway";

    /// <summary>Writes the record once the answer has gone. A store that fails cannot take the answer back any more: the
    /// failure is logged as an error, with the trace, for the operators.</summary>
    public async Task RecordAfterAnswerAsync(AdmittedCaller caller, ProcessingTrace trace, string operation, ProcessingStatus status)
    {
        try
        {
            await RecordAsync(caller, trace, operation, status, CancellationToken.None);
        }
        catch (ProcessingLogUnavailableException exception)
        {
            logger.LogError(exception.InnerException, "The gateway's processing log could not be written for trace {TraceId}", trace.TraceId);
        }
    }

    private Task RecordAsync(AdmittedCaller caller, ProcessingTrace trace, string operation, ProcessingStatus status, CancellationToken cancellationToken)
        => store.WriteAsync([new ProcessingAction(Source, operation, trace, time.GetUtcNow().UtcDateTime, status, caller.Activity, caller.Caller.Client)
            .Record(trace.SpanId, trace.ParentSpanId, userPseudonym: caller.Caller.User is { } user ? pseudonymiser.Pseudonymise("user", user) : null)],
            cancellationToken);

    /// <summary>LDV's Error is for technical failures (a registry down, slow or garbled); field errors such as an invalid
    /// argument still completed the processing.</summary>
    public static ProcessingStatus StatusOf(IGatewayResult result)
        => result is GatewayResult { Errors: var errors } && errors.Any(e => e.Code is GatewayErrorCodes.SubgraphUnavailable
               or GatewayErrorCodes.SubgraphTimeout or GatewayErrorCodes.SubgraphBadResponse or GatewayErrorCodes.InternalError)
            ? ProcessingStatus.Error
            : ProcessingStatus.Ok;
}

/// <summary>Where the gateway keeps its log: <c>ProcessingLog:Provider</c> (Sqlite or PostgreSQL) and
/// <c>ProcessingLog:ConnectionString</c> (default the SQLite file <c>data/gateway.db</c>); <c>ProcessingLog:PseudonymKey</c>
/// hashes the users.</summary>
public sealed class GatewayProcessingLogOptions
{
    public const string Section = "ProcessingLog";

    public string Provider { get; set; } = "Sqlite";

    public string? ConnectionString { get; set; }

    public string? PseudonymKey { get; set; }

    public ProcessingLogDurability Durability { get; set; } = ProcessingLogDurability.Flushed;

    public void Apply(DbContextOptionsBuilder options)
    {
        switch (Provider)
        {
            case "Sqlite":
                Directory.CreateDirectory("data");
                options.UseSqlite(ConnectionString ?? $"Data Source={Path.GetFullPath(Path.Combine("data", "gateway.db"))}",
                    o => o.MigrationsHistoryTable(ProcessingLogContext.MigrationsTable));
                break;
            case "PostgreSQL":
                options.UseNpgsql(ConnectionString ?? throw new GatewayStartupException("ProcessingLog:ConnectionString is required for PostgreSQL."),
                    o => o.MigrationsHistoryTable(ProcessingLogContext.MigrationsTable));
                break;
            default:
                throw new GatewayStartupException($"ProcessingLog:Provider '{Provider}' is not supported at the gateway: use Sqlite or PostgreSQL.");
        }
    }
}
