using FederatedGraph.Security.Testing;
using System.Text.Json;
using FederatedGraph.Gateway.Execution;
using static FederatedGraph.Gateway.Host.Tests.GatewayServer;

namespace FederatedGraph.Gateway.Host.Tests;

/// <summary>Which request headers reach the executor (and so the subgraphs), the gateway's place in the client's trace, and
/// the plan flag.</summary>
public sealed class HeaderTests : IAsyncLifetime
{
    private const string Query = "{ pand(identificatie: \"1\") { identificatie } }";
    private const string ClientTraceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private const string W3CTraceparent = "^00-[0-9a-f]{32}-[0-9a-f]{16}-01$";

    private GatewayServer _server = null!;

    public async Task InitializeAsync() => _server = await StartAsync();
    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static Dictionary<string, string> Forwarded(GatewayRequest request)
        => request.ForwardedHeaders.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);

    [Fact]
    public async Task Only_allow_listed_headers_are_forwarded()
    {
        var authorization = "Bearer " + TestIssuer.Token(SampleCallers.Development, user: "medewerker-17");
        await _server.QueryAsync(Query, headers:
        [
            ("Authorization", authorization), ("Accept-Language", "nl-NL"), ("Cookie", "sessie=geheim"), ("X-Internal", "1"),
        ]);

        var forwarded = Forwarded(_server.Executor.Single);
        // The caller's own token, so that every registry judges the same caller.
        Assert.Equal(authorization, forwarded["Authorization"]);
        Assert.Equal(SampleCallers.DevelopmentActivity, forwarded["X-Processing-Activity"]);
        Assert.Equal("nl-NL", forwarded["Accept-Language"]);
        Assert.False(forwarded.ContainsKey("Cookie"));
        Assert.False(forwarded.ContainsKey("X-Internal"));
        Assert.False(forwarded.ContainsKey("Content-Type"));
    }

    [Fact]
    public async Task Without_traceparent_the_gateway_starts_a_trace_runs_the_request_in_it_and_returns_it()
    {
        var response = await _server.QueryAsync(Query, headers: [("tracestate", "vendor=1")]);

        var returned = Assert.Single(response.Headers.GetValues("traceparent"));
        Assert.Matches(W3CTraceparent, returned);
        var span = Assert.Single(_server.Executor.Spans);
        Assert.NotNull(span);
        // The response names the gateway's own server span, the one the subgraph calls descend from.
        Assert.Equal(returned, span.Id);
        Assert.Equal(default, span.ParentSpanId);
        // The client's tracestate belonged to no trace the gateway continues.
        Assert.Null(span.TraceStateString);
        AssertNoTraceContextForwarded(_server.Executor.Single);
    }

    [Fact]
    public async Task Every_request_without_traceparent_gets_its_own_trace()
    {
        var first = await _server.QueryAsync(Query);
        var second = await _server.QueryAsync(Query);

        Assert.NotEqual(TraceId(first.Headers.GetValues("traceparent").Single()), TraceId(second.Headers.GetValues("traceparent").Single()));
    }

    [Fact]
    public async Task A_valid_traceparent_is_continued_by_the_gateways_own_span()
    {
        var response = await _server.QueryAsync(Query, headers: [("traceparent", ClientTraceparent), ("tracestate", "vendor=1")]);

        var returned = response.Headers.GetValues("traceparent").Single();
        Assert.Matches(W3CTraceparent, returned);
        Assert.Equal(TraceId(ClientTraceparent), TraceId(returned));
        Assert.NotEqual(ClientTraceparent, returned);
        var span = Assert.Single(_server.Executor.Spans)!;
        Assert.Equal(returned, span.Id);
        // A hop: the client's span is the gateway span's parent, and the client's tracestate travels on with the trace.
        Assert.Equal("00f067aa0ba902b7", span.ParentSpanId.ToHexString());
        Assert.Equal("vendor=1", span.TraceStateString);
        AssertNoTraceContextForwarded(_server.Executor.Single);
    }

    [Fact]
    public async Task A_client_that_does_not_sample_still_gets_a_recorded_gateway_span()
    {
        var response = await _server.QueryAsync(Query, headers: [("traceparent", ClientTraceparent[..^2] + "00")]);

        var returned = response.Headers.GetValues("traceparent").Single();
        Assert.Equal(TraceId(ClientTraceparent), TraceId(returned));
        Assert.EndsWith("-01", returned);
        Assert.True(Assert.Single(_server.Executor.Spans)!.Recorded);
    }

    [Theory]
    [InlineData("00-00000000000000000000000000000000-00f067aa0ba902b7-01")]
    [InlineData("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")]
    [InlineData("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01")]
    [InlineData("nonsense")]
    public async Task An_invalid_traceparent_is_replaced_by_a_new_trace(string traceparent)
    {
        var response = await _server.QueryAsync(Query, headers: [("traceparent", traceparent)]);

        var returned = response.Headers.GetValues("traceparent").Single();
        Assert.Matches(W3CTraceparent, returned);
        Assert.DoesNotContain(TraceId(returned), traceparent, StringComparison.OrdinalIgnoreCase);
        var span = Assert.Single(_server.Executor.Spans)!;
        Assert.Equal(returned, span.Id);
        Assert.Equal(default, span.ParentSpanId);
    }

    [Fact]
    public async Task Error_responses_carry_the_traceparent_too()
    {
        var response = await _server.QueryAsync("{ persoon(burgerservicenummer: \"1\") { schoenmaat } }");

        Assert.Matches(W3CTraceparent, response.Headers.GetValues("traceparent").Single());
    }

    [Fact]
    public async Task The_allow_list_is_configurable_and_never_forwards_the_trace_context()
    {
        await using var server = await StartAsync("--Gateway:ForwardedHeaders:0=X-Gemeente", "--Gateway:ForwardedHeaders:1=traceparent",
            "--Gateway:ForwardedHeaders:2=tracestate");

        await server.QueryAsync(Query, headers: [("X-Gemeente", "9999"), ("traceparent", ClientTraceparent), ("tracestate", "vendor=1")]);

        var forwarded = Forwarded(server.Executor.Single);
        // The purpose always goes along; the token only when the allow-list names Authorization. The trace context is the
        // HTTP client's to send (the gateway's span), so a forwarded copy would be a second, stale traceparent.
        Assert.Equal(["X-Gemeente", "X-Processing-Activity"], forwarded.Keys.Order(StringComparer.OrdinalIgnoreCase));
        Assert.Equal("9999", forwarded["X-Gemeente"]);
    }

    private static void AssertNoTraceContextForwarded(GatewayRequest request)
    {
        var forwarded = Forwarded(request);
        Assert.False(forwarded.ContainsKey("traceparent"));
        Assert.False(forwarded.ContainsKey("tracestate"));
    }

    private static string TraceId(string traceparent) => traceparent.Split('-')[1];

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("true", null, true)]
    [InlineData("TRUE", null, true)]
    [InlineData("false", null, false)]
    [InlineData(null, true, true)]
    [InlineData(null, false, false)]
    public async Task The_plan_is_asked_for_with_the_header_or_the_request_extension(string? header, bool? extension, bool expected)
    {
        await _server.QueryAsync(Query,
            extensions: extension is null ? null : new { includePlan = extension },
            headers: header is null ? [] : [("X-Query-Plan", header)]);

        Assert.Equal(expected, _server.Executor.Single.IncludePlan);
    }

    [Fact]
    public async Task The_plan_extension_works_over_get()
    {
        await _server.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString(Query)
            + "&extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(new { includePlan = true })));

        Assert.True(_server.Executor.Single.IncludePlan);
    }
}
