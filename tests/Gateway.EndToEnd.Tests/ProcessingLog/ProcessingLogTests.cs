using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FederatedGraph.Authorization;
using FederatedGraph.FederationTesting;
using FederatedGraph.Gateway;
using FederatedGraph.ProcessingLog;
using FederatedGraph.Security.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace FederatedGraph.Gateway.EndToEnd.Tests.ProcessingLog;

public sealed class SqliteProcessingLogTests(Federation federation) : ProcessingLogTests(federation), IClassFixture<Federation>;

public sealed class PostgresProcessingLogTests(PostgresFederation federation) : ProcessingLogTests(federation), IClassFixture<PostgresFederation>;

/// <summary>
/// The Logboek Dataverwerkingen over real HTTP: the five registries and the gateway each log at the source, and the
/// inzage reads it back through the gateway, for the privacy officer and for the citizen.
/// </summary>
public abstract class ProcessingLogTests(Federation federation)
{
    private static readonly string[] Registries = ["brp", "bag", "brk", "hr", "woz"];
    private static readonly string[] PersonRegistries = ["brp", "brk", "hr", "woz"];

    private HttpClient Caller(ClientIdentity client, string activity, string? user = null) => Client(federation.Client.BaseAddress!, client, activity, user);

    /// <summary>A client that sends the test's own traceparent: in this process the HttpClient would otherwise put its own span there.</summary>
    private static HttpClient Client(Uri address, ClientIdentity client, string activity, string? user = null)
        => TestIssuer.Authorise(new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null }) { BaseAddress = address }, client, activity, user);

    private HttpClient Developer => Caller(SampleCallers.Development, SampleCallers.DevelopmentActivity);

    [Fact]
    public async Task A_page_of_50_persons_is_one_record_per_person_at_each_registry_that_returned_them_written_in_one_batch()
    {
        foreach (var registry in Registries) Writes(registry).Clear();
        var (trace, response) = await QueryAsync(Developer,
            "{ personen(first: 50) { nodes { burgerservicenummer naam { volledigeNaam } eigendommen { identificatie } } } }");

        var bsns = response.RootElement.GetProperty("data").GetProperty("personen").GetProperty("nodes").EnumerateArray()
            .Select(p => p.GetProperty("burgerservicenummer").GetString()!).ToList();
        Assert.Equal(50, bsns.Count);
        // The BRP returned the persons, the BRK looked up their properties: both processed each of the 50.
        foreach (var registry in new[] { "brp", "brk" })
        {
            var records = await RecordsAsync(registry, trace);
            var pseudonymiser = TestIssuer.Pseudonymiser(registry);
            Assert.Equal(bsns.Select(bsn => pseudonymiser.Pseudonymise("BSN", bsn)).Order(), records.Select(r => r.DataSubjectId!).Order());
            Assert.All(records, record =>
            {
                Assert.Equal(trace, record.TraceId);
                Assert.Equal(SampleCallers.DevelopmentActivity, record.ProcessingActivityId);
                Assert.Equal("1", record.ProcessingActivityVersion);
                Assert.Equal("BSN", record.DataSubjectIdType);
                Assert.Equal(SampleCallers.Development.Organisation, record.ProcessorOrganisation);
                Assert.Equal(SampleCallers.Development.Application, record.ProcessorApplication);
                Assert.Equal(ProcessingStatus.Ok, record.Status);
                Assert.NotNull(record.ParentSpanId);
                Assert.Null(record.UserPseudonym);
            });
            // LDV: one child span per data subject.
            Assert.Equal(50, records.Select(r => r.SpanId).Distinct().Count());
            Assert.Equal(1, Writes(registry).Saves);
        }
        foreach (var registry in new[] { "bag", "hr", "woz" })
        {
            Assert.Empty(await RecordsAsync(registry, trace));
            Assert.Equal(0, Writes(registry).Saves);
        }

        // The gateway's own record, written right after its answer: the caller, the purpose and the trace, no data subject.
        var gateway = Assert.Single(await GatewayRecordsAsync(trace));
        Assert.Null(gateway.DataSubjectId);
        Assert.Equal(SampleCallers.DevelopmentActivity, gateway.ProcessingActivityId);
        Assert.Equal("gateway", gateway.Source);
    }

    [Fact]
    public async Task No_record_holds_a_readable_bsn()
    {
        var (_, response) = await QueryAsync(Developer, """
            { wozObjecten(first: 20) { nodes { belanghebbenden { belanghebbende { ... on Persoon { burgerservicenummer naam { volledigeNaam } } } } } } }
            """);
        var bsns = Bsns(response.RootElement).ToHashSet();
        Assert.NotEmpty(bsns);

        foreach (var registry in Registries)
        {
            var records = await AllRecordsAsync(federation.Registries[registry].Services);
            foreach (var value in records.SelectMany(Texts))
            {
                // A nine-digit number on its own; hex pseudonyms may hold digit runs, which are no BSN.
                Assert.DoesNotMatch("(?<![0-9a-f])[0-9]{9}(?![0-9a-f])", value);
                Assert.DoesNotContain(bsns, bsn => value.Contains(bsn, StringComparison.Ordinal));
            }
            Assert.All(records.Where(r => r.DataSubjectId is not null), r => Assert.Matches("^[0-9a-f]{64}$", r.DataSubjectId!));
        }
        Assert.All(await AllRecordsAsync(federation.GatewayServices), r => Assert.Null(r.DataSubjectId));
    }

    [Fact]
    public async Task A_registry_whose_log_fails_refuses_with_a_code_while_the_gateway_answers_the_rest()
    {
        await RenameLogTableAsync("brk", "processing_records", "processing_records_away");
        try
        {
            var (trace, response) = await QueryAsync(Developer, """
                {
                  personen(first: 3) { nodes { burgerservicenummer } }
                  kadastraleOnroerendeZaken(first: 50) { nodes { zakelijkGerechtigden { persoon { burgerservicenummer } } } }
                }
                """);

            var data = response.RootElement.GetProperty("data");
            Assert.True(response.RootElement.TryGetProperty("errors", out _), response.RootElement.ToString());
            Assert.Equal(3, data.GetProperty("personen").GetProperty("nodes").GetArrayLength());
            Assert.Equal(JsonValueKind.Null, data.GetProperty("kadastraleOnroerendeZaken").ValueKind);
            var error = Assert.Single(response.RootElement.GetProperty("errors").EnumerateArray());
            Assert.Equal(ProcessingLogErrorCodes.Unavailable, error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal(3, (await RecordsAsync("brp", trace)).Count);
        }
        finally
        {
            await RenameLogTableAsync("brk", "processing_records_away", "processing_records");
        }
    }

    [Fact]
    public async Task The_inzage_returns_one_persons_processing_at_brp_brk_woz_and_hr_and_nothing_of_others()
    {
        var (wozTrace, woz) = await QueryAsync(Developer, """
            { wozObjecten(first: 50, order: [{ wozObjectnummer: DESC }]) { nodes { belanghebbenden { belanghebbende { ... on Persoon { burgerservicenummer } } } } } }
            """);
        var owners = Bsns(woz.RootElement).Distinct().ToList();
        var (bsn, other) = (owners[0], owners[^1]);
        var (personTrace, _) = await QueryAsync(Developer, """
            query ($bsn: String!) { persoon(burgerservicenummer: $bsn) { naam { volledigeNaam } eigendommen { identificatie } ondernemingen { naam } } }
            """, new { bsn });

        // What each registry holds of the subject, before the inzage (which is logged too) reads it.
        var stored = new Dictionary<string, IEnumerable<string>>();
        foreach (var registry in PersonRegistries)
            stored[registry] = (await federation.Registries[registry].Services.GetRequiredService<ProcessingLogStore>().ReadAsync(
                new ProcessingRecordFilter { DataSubjectId = TestIssuer.Pseudonymiser(registry).Pseudonymise("BSN", bsn) }, default)).Select(r => r.TraceId);

        var privacyOfficer = Caller(SampleCallers.PrivacyOfficer, SampleCallers.PrivacyInzageActivity);
        var history = await InzageAsync(privacyOfficer, bsn);
        Assert.Contains(wozTrace, history["woz"]);
        foreach (var registry in new[] { "brp", "brk", "hr" }) Assert.Contains(personTrace, history[registry]);
        Assert.Empty(history["bag"]);
        // Exactly the subject's own records, as each registry holds them.
        foreach (var registry in PersonRegistries) Assert.Equal(stored[registry].Order(), history[registry].Order());
        Assert.DoesNotContain(personTrace, (await InzageAsync(privacyOfficer, other))["brp"]);
    }

    [Fact]
    public async Task The_citizen_sees_their_own_history_but_not_another_persons_nor_the_confidential_activity()
    {
        var (_, woz) = await QueryAsync(Developer, "{ wozObjecten(first: 10) { nodes { belanghebbenden { belanghebbende { ... on Persoon { burgerservicenummer } } } } } }");
        var owners = Bsns(woz.RootElement).Distinct().ToList();
        var (citizen, neighbour) = (owners[0], owners[^1]);
        const string Query = "query ($bsn: String!) { persoon(burgerservicenummer: $bsn) { naam { volledigeNaam } eigendommen { identificatie } } }";
        var (confidentialTrace, confidential) = await QueryAsync(Caller(SampleCallers.Handhaving, SampleCallers.HandhavingActivity), Query, new { bsn = citizen });
        Assert.False(confidential.RootElement.TryGetProperty("errors", out _));
        var (openTrace, _) = await QueryAsync(Developer, Query, new { bsn = citizen });

        var own = await InzageAsync(Caller(SampleCallers.MijnGemeente, SampleCallers.EigenInzageActivity, user: citizen), citizen);
        Assert.Contains(openTrace, own["brp"]);
        Assert.Contains(openTrace, own["brk"]);
        Assert.DoesNotContain(confidentialTrace, own["brp"]);
        Assert.DoesNotContain(confidentialTrace, own["brk"]);

        // The privacy officer sees the confidential processing too.
        var all = await InzageAsync(Caller(SampleCallers.PrivacyOfficer, SampleCallers.PrivacyInzageActivity), citizen);
        Assert.Contains(confidentialTrace, all["brp"]);
        Assert.Contains(confidentialTrace, all["brk"]);

        // Another person's history: refused at every registry, nothing returned.
        var (_, refused) = await QueryAsync(Caller(SampleCallers.MijnGemeente, SampleCallers.EigenInzageActivity, user: citizen), InzageQuery, new { bsn = neighbour });
        Assert.Equal(JsonValueKind.Null, refused.RootElement.GetProperty("data").GetProperty("betrokkene").ValueKind);
        Assert.All(refused.RootElement.GetProperty("errors").EnumerateArray(),
            error => Assert.Equal(ProcessingLogErrorCodes.AccessDenied, error.GetProperty("extensions").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_caller_without_an_inzage_purpose_gets_nothing()
    {
        var verhuizing = Caller(SampleCallers.BurgerzakenBalie, SampleCallers.VerhuizingActivity);
        var (_, refused) = await QueryAsync(verhuizing, InzageQuery, new { bsn = "999993653" }, HttpStatusCode.Forbidden);
        Assert.False(refused.RootElement.TryGetProperty("data", out _));
        Assert.Contains(refused.RootElement.GetProperty("errors").EnumerateArray(),
            error => error.GetProperty("extensions").GetProperty("code").GetString() == AuthorizationErrorCodes.UnauthorizedField);

        // At a registry directly, the same.
        using var brp = Client(federation.Registries.Brp.Client.BaseAddress!, SampleCallers.BurgerzakenBalie, SampleCallers.VerhuizingActivity);
        var (_, direct) = await QueryAsync(brp, "{ betrokkene(burgerservicenummer: \"999993653\") { verwerkingenBrp { traceId } } }", null, HttpStatusCode.Forbidden);
        Assert.False(direct.RootElement.TryGetProperty("data", out _));

        // The LDV read API, likewise.
        using var ldv = await PostReadApiAsync(brp, new Dictionary<string, object> { ["dpl.core.data_subject_id"] = "999993653" });
        Assert.Equal(HttpStatusCode.Forbidden, ldv.StatusCode);
    }

    [Theory]
    [InlineData("123456789")]
    [InlineData("12345")]
    public async Task An_invalid_bsn_in_the_inzage_is_a_coded_error(string bsn)
    {
        var (_, response) = await QueryAsync(Caller(SampleCallers.PrivacyOfficer, SampleCallers.PrivacyInzageActivity), InzageQuery, new { bsn });

        Assert.Equal(JsonValueKind.Null, response.RootElement.GetProperty("data").GetProperty("betrokkene").ValueKind);
        Assert.Contains(response.RootElement.GetProperty("errors").EnumerateArray(),
            error => error.GetProperty("extensions").GetProperty("code").GetString() == "INVALID_BSN");
    }

    [Fact]
    public async Task The_ldv_read_api_finds_records_by_subject_and_by_trace()
    {
        var (_, woz) = await QueryAsync(Developer, "{ wozObjecten(first: 5) { nodes { belanghebbenden { belanghebbende { ... on Persoon { burgerservicenummer } } } } } }");
        var bsn = Bsns(woz.RootElement).First();
        var (trace, _) = await QueryAsync(Developer, "query ($bsn: String!) { persoon(burgerservicenummer: $bsn) { naam { volledigeNaam } } }", new { bsn });
        using var officer = Client(federation.Registries.Brp.Client.BaseAddress!, SampleCallers.PrivacyOfficer, SampleCallers.PrivacyInzageActivity);

        using var bySubject = await PostReadApiAsync(officer, new Dictionary<string, object> { ["dpl.core.data_subject_id"] = bsn });
        Assert.Equal(HttpStatusCode.OK, bySubject.StatusCode);
        var activities = JsonDocument.Parse(await bySubject.Content.ReadAsStringAsync()).RootElement.GetProperty("processingActivities");
        var record = Assert.Single(activities.EnumerateArray(), a => a.GetProperty("traceId").GetString() == trace);
        Assert.Matches("^[0-9a-f]{16}$", record.GetProperty("spanId").GetString()!);
        Assert.Equal("Ok", record.GetProperty("status").GetString());
        Assert.True(record.GetProperty("endTime").GetInt64() >= record.GetProperty("startTime").GetInt64());
        var attributes = record.GetProperty("attributes");
        Assert.Equal(SampleCallers.DevelopmentActivity, attributes.GetProperty("dpl.core.processing_activity_id").GetString());
        Assert.Equal(TestIssuer.Pseudonymiser("brp").Pseudonymise("BSN", bsn), attributes.GetProperty("dpl.core.data_subject_id").GetString());
        Assert.Equal($"urn:oin:{SampleCallers.Organisation}:{SampleCallers.Development.Application}",
            attributes.GetProperty("dpl.core.foreign_operation.processor").GetString());

        using var byTrace = await PostReadApiAsync(officer, new Dictionary<string, object> { ["traceId"] = trace });
        Assert.Single(JsonDocument.Parse(await byTrace.Content.ReadAsStringAsync()).RootElement.GetProperty("processingActivities").EnumerateArray());

        using var unfiltered = await PostReadApiAsync(officer, new Dictionary<string, object>());
        Assert.Equal(HttpStatusCode.BadRequest, unfiltered.StatusCode);
        Assert.Equal("application/problem+json", unfiltered.Content.Headers.ContentType?.MediaType);
        Assert.Contains(ProcessingLogErrorCodes.InvalidFilter, await unfiltered.Content.ReadAsStringAsync());
    }

    private const string InzageQuery = """
        query ($bsn: String!) {
          betrokkene(burgerservicenummer: $bsn) {
            verwerkingenBrp { traceId } verwerkingenBag { traceId } verwerkingenBrk { traceId } verwerkingenHr { traceId } verwerkingenWoz { traceId }
          }
        }
        """;

    /// <summary>The traces of the subject's processing per registry, as the federated inzage returns them.</summary>
    private async Task<Dictionary<string, List<string>>> InzageAsync(HttpClient caller, string bsn)
    {
        var (_, response) = await QueryAsync(caller, InzageQuery, new { bsn });
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        var betrokkene = response.RootElement.GetProperty("data").GetProperty("betrokkene");
        return Registries.ToDictionary(r => r, r => betrokkene.GetProperty("verwerkingen" + char.ToUpperInvariant(r[0]) + r[1..])
            .EnumerateArray().Select(v => v.GetProperty("traceId").GetString()!).ToList());
    }

    /// <summary>Sends the operation under a trace of the test's own, as a client would with <c>traceparent</c>.</summary>
    private static async Task<(string Trace, JsonDocument Response)> QueryAsync(HttpClient client, string query, object? variables = null,
        HttpStatusCode expected = HttpStatusCode.OK)
    {
        var trace = ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return (trace, JsonDocument.Parse(body));
    }

    private static Task<HttpResponseMessage> PostReadApiAsync(HttpClient client, Dictionary<string, object> filter)
        => client.PostAsync("/processing-activities", new StringContent(JsonSerializer.Serialize(filter), Encoding.UTF8, "application/json"));

    private ProcessingLogWrites Writes(string registry)
        => federation.Registries[registry].Services.GetServices<IInterceptor>().OfType<ProcessingLogWrites>().Single();

    private Task<IReadOnlyList<ProcessingRecord>> RecordsAsync(string registry, string trace)
        => federation.Registries[registry].Services.GetRequiredService<ProcessingLogStore>().ReadAsync(new ProcessingRecordFilter { TraceId = trace }, default);

    /// <summary>The gateway's records of the trace, waiting up to five seconds for the write that follows its answer.</summary>
    private async Task<IReadOnlyList<ProcessingRecord>> GatewayRecordsAsync(string trace)
    {
        var store = federation.GatewayServices.GetRequiredService<ProcessingLogStore>();
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var records = await store.ReadAsync(new ProcessingRecordFilter { TraceId = trace }, default);
            if (records.Count > 0 || waited.Elapsed > TimeSpan.FromSeconds(5)) return records;
            await Task.Delay(20);
        }
    }

    private static async Task<List<ProcessingRecord>> AllRecordsAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<ProcessingLogContext>>().CreateDbContextAsync();
        return await db.Records.ToListAsync();
    }

    /// <summary>Every text a record stores.</summary>
    private static IEnumerable<string> Texts(ProcessingRecord record)
        => new[] { record.TraceId, record.SpanId, record.ParentSpanId, record.Name, record.ProcessingActivityId, record.ProcessingActivityVersion,
            record.DataSubjectId, record.DataSubjectIdType, record.ProcessorOrganisation, record.ProcessorApplication, record.UserPseudonym, record.Source }
            .OfType<string>();

    private static IEnumerable<string> Bsns(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "burgerservicenummer" && property.Value.ValueKind == JsonValueKind.String) yield return property.Value.GetString()!;
                foreach (var bsn in Bsns(property.Value)) yield return bsn;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var bsn in Bsns(item)) yield return bsn;
        }
    }

    private async Task RenameLogTableAsync(string registry, string from, string to)
    {
        await using var db = await federation.Registries[registry].Services.GetRequiredService<IDbContextFactory<ProcessingLogContext>>().CreateDbContextAsync();
#pragma warning disable EF1002 // both names are this test's constants
        await db.Database.ExecuteSqlRawAsync($"ALTER TABLE {from} RENAME TO {to}");
#pragma warning restore EF1002
    }
}
