using System.Text.Json;
using System.Text.Json.Nodes;
using FederatedGraph.Authorization;
using FederatedGraph.GraphQLOverHttp;
using FederatedGraph.ProcessingLog;
using FederatedGraph.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Toolkit.ProcessingLog;

/// <summary>
/// The read API of Logius' "Logboek Dataverwerkingen, extensie lezen": <c>POST /processing-activities</c> with a filter on
/// data subject, trace, processing activity and time, answering <c>{ "processingActivities": [...] }</c>, so standard LDV
/// tooling can read a registry's log. The same callers as the GraphQL inzage may use it, under the same rules.
/// </summary>
public static class ProcessingLogReadApi
{
    public const string Path = "/processing-activities";
    private const string SubjectId = "dpl.core.data_subject_id";
    private const string SubjectIdType = "dpl.core.data_subject_id_type";
    private const string ActivityId = "dpl.core.processing_activity_id";
    private const string Processor = "dpl.core.foreign_operation.processor";

    public static IEndpointConventionBuilder MapProcessingLogReadApi(this IEndpointRouteBuilder endpoints, string registry)
        => endpoints.MapPost(Path, (RequestDelegate)(http => HandleAsync(http, registry)));

    private static async Task HandleAsync(HttpContext http, string registry)
    {
        var services = http.RequestServices;
        try
        {
            var processing = await RequestProcessing.BeginAsync(http);
            var log = services.GetRequiredService<RegistryProcessingLog>();
            var request = await ReadFilterAsync(http);

            (string, string)? subject = request.SubjectId is { } id ? (request.SubjectIdType ?? DataSubjects.Bsn, id) : null;
            var records = await ProcessingLogReading.ReadAsync(services, new ProcessingRecordFilter
                {
                    DataSubjectIdType = request.SubjectIdType,
                    TraceId = request.TraceId,
                    ProcessingActivityId = request.ActivityId,
                    From = request.From,
                    Until = request.Until,
                }, subject, http.RequestAborted)
                ?? throw Refusal(StatusCodes.Status403Forbidden, ProcessingLogErrorCodes.AccessDenied,
                    "This processing activity does not give access to these records of the processing log.");
            await log.RecordAsync(processing, "read API " + Path, ProcessingStatus.Ok, http.RequestAborted);
            await http.Response.WriteAsJsonAsync(new JsonObject { ["processingActivities"] = new JsonArray([.. records.Select(r => ToJson(r, registry))]) },
                http.RequestAborted);
        }
        catch (GraphQLRequestException refused)
        {
            await WriteProblemAsync(http, refused.StatusCode, refused.Errors[0].Code, refused.Errors[0].Message);
        }
        catch (ProcessingLogUnavailableException)
        {
            await WriteProblemAsync(http, StatusCodes.Status503ServiceUnavailable, ProcessingLogErrorCodes.Unavailable,
                "The processing log cannot be read or written now.");
        }
    }

    private sealed record Filter(string? SubjectId, string? SubjectIdType, string? ActivityId, string? TraceId, DateTime? From, DateTime? Until);

    /// <summary>The body's filter. As the extension prescribes, at least a trace, an activity or a subject narrows it.</summary>
    private static async Task<Filter> ReadFilterAsync(HttpContext http)
    {
        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            body = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw Refusal(StatusCodes.Status400BadRequest, ProcessingLogErrorCodes.InvalidFilter, $"The body is not JSON: {exception.Message}");
        }
        if (body.ValueKind != JsonValueKind.Object)
            throw Refusal(StatusCodes.Status400BadRequest, ProcessingLogErrorCodes.InvalidFilter, "The body must be a JSON object.");

        var filter = new Filter(Text(body, SubjectId), Text(body, SubjectIdType), Text(body, ActivityId), Text(body, "traceId"),
            Moment(body, "startTime"), Moment(body, "endTime"));
        if (filter.TraceId is not null && !IsHex(filter.TraceId, 32))
            throw Refusal(StatusCodes.Status400BadRequest, ProcessingLogErrorCodes.InvalidFilter, "traceId must be 32 hexadecimal digits.");
        if (filter.SubjectId is null && filter.ActivityId is null && filter.TraceId is null)
            throw Refusal(StatusCodes.Status400BadRequest, ProcessingLogErrorCodes.InvalidFilter,
                $"Filter on at least one of traceId, {ActivityId} and {SubjectId}.");
        return filter with { TraceId = filter.TraceId?.ToLowerInvariant() };
    }

    private static string? Text(JsonElement body, string name)
        => !body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
            : value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text
            : throw Refusal(StatusCodes.Status400BadRequest, ProcessingLogErrorCodes.InvalidFilter, $"{name} must be a non-empty string.");

    /// <summary>LDV's times are milliseconds since the Unix epoch.</summary>
    private static DateTime? Moment(JsonElement body, string name)
        => !body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
            : value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var milliseconds) && milliseconds is >= 0 and <= 253402300799999
                ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime
                : throw Refusal(StatusCodes.Status400BadRequest, ProcessingLogErrorCodes.InvalidFilter, $"{name} must be milliseconds since the Unix epoch.");

    private static bool IsHex(string value, int length) => value.Length == length && value.All(Uri.IsHexDigit);

    private static JsonObject ToJson(ProcessingRecord record, string registry) => new()
    {
        ["traceId"] = record.TraceId,
        ["spanId"] = record.SpanId,
        ["parentSpanId"] = record.ParentSpanId,
        ["status"] = record.Status.ToString(),
        ["name"] = record.Name,
        ["startTime"] = new DateTimeOffset(DateTime.SpecifyKind(record.StartTime, DateTimeKind.Utc)).ToUnixTimeMilliseconds(),
        ["endTime"] = new DateTimeOffset(DateTime.SpecifyKind(record.EndTime, DateTimeKind.Utc)).ToUnixTimeMilliseconds(),
        ["resource"] = new JsonObject { ["attributes"] = new JsonObject { ["service.name"] = registry } },
        ["attributes"] = new JsonObject
        {
            [ActivityId] = record.ProcessingActivityId,
            [SubjectId] = record.DataSubjectId,
            [SubjectIdType] = record.DataSubjectIdType,
            [Processor] = record.Processor,
        },
    };

    private static GraphQLRequestException Refusal(int status, string code, string message) => new(status, code, message);

    /// <summary>The extension answers errors as RFC 9457 problem details; the code is added as GraphQL clients know it.</summary>
    private static Task WriteProblemAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized) http.Response.Headers.WWWAuthenticate = "Bearer";
        return http.Response.WriteAsJsonAsync(new JsonObject { ["status"] = status, ["title"] = message, ["code"] = code },
            options: null, contentType: "application/problem+json", http.RequestAborted);
    }
}
