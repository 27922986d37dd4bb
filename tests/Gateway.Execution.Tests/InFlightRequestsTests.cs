using System.Text;
using FederatedGraph.Gateway.Execution.Transport;

namespace FederatedGraph.Gateway.Execution.Tests;

/// <summary><see cref="InFlightRequests"/>: identical requests in flight share one call, and only while it runs.</summary>
public sealed class InFlightRequestsTests
{
    private static readonly Uri Url = new("http://127.0.0.1:1/graphql");
    private static readonly ReadOnlyMemory<byte> Body = Encoding.UTF8.GetBytes("""{"query":"{ users { id } }"}""");
    private static readonly KeyValuePair<string, string>[] Alice = [new("Authorization", "Bearer alice"), new("X-Processing-Activity", "a")];
    private static readonly KeyValuePair<string, string>[] Bob = [new("Authorization", "Bearer bob"), new("X-Processing-Activity", "a")];

    /// <summary>A subgraph call that waits until the test releases it, counting how often it was made.</summary>
    private sealed class HeldCall
    {
        private readonly TaskCompletionSource<(byte[] Body, int Length)> _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _calls;

        public int Calls => _calls;

        public Task<(byte[] Body, int Length)> SendAsync(CancellationToken _)
        {
            Interlocked.Increment(ref _calls);
            return _release.Task;
        }

        public void Answer(string json) => _release.SetResult((Encoding.UTF8.GetBytes(json), Encoding.UTF8.GetByteCount(json)));

        public void Fail(Exception exception) => _release.SetException(exception);
    }

    [Fact]
    public async Task Concurrent_identical_requests_make_one_call_and_share_its_answer()
    {
        var inFlight = new InFlightRequests();
        var call = new HeldCall();

        var waiting = Enumerable.Range(0, 5).Select(_ => inFlight.SendAsync(Url, Body, batch: false, Alice, call.SendAsync, CancellationToken.None)).ToArray();
        call.Answer("""{"data":{"users":[]}}""");
        var answers = await Task.WhenAll(waiting);

        Assert.Equal(1, call.Calls);
        Assert.All(answers, answer => Assert.Equal("""{"data":{"users":[]}}""", Encoding.UTF8.GetString(answer.Body, 0, answer.Length)));
    }

    [Fact]
    public async Task Requests_with_different_headers_make_a_call_each()
    {
        var inFlight = new InFlightRequests();
        var alice = new HeldCall();
        var bob = new HeldCall();

        var forAlice = inFlight.SendAsync(Url, Body, batch: false, Alice, alice.SendAsync, CancellationToken.None);
        var forBob = inFlight.SendAsync(Url, Body, batch: false, Bob, bob.SendAsync, CancellationToken.None);
        alice.Answer("""{"data":{"who":"alice"}}""");
        bob.Answer("""{"data":{"who":"bob"}}""");

        Assert.Equal(1, alice.Calls);
        Assert.Equal(1, bob.Calls);
        Assert.Contains("alice", Encoding.UTF8.GetString((await forAlice).Body));
        Assert.Contains("bob", Encoding.UTF8.GetString((await forBob).Body));
    }

    [Fact]
    public async Task Requests_with_different_bodies_or_urls_make_a_call_each()
    {
        var inFlight = new InFlightRequests();
        var call = new HeldCall();

        var first = inFlight.SendAsync(Url, Body, batch: false, Alice, call.SendAsync, CancellationToken.None);
        var otherBody = inFlight.SendAsync(Url, Encoding.UTF8.GetBytes("""{"query":"{ me { id } }"}"""), batch: false, Alice, call.SendAsync, CancellationToken.None);
        var otherUrl = inFlight.SendAsync(new Uri("http://127.0.0.1:2/graphql"), Body, batch: false, Alice, call.SendAsync, CancellationToken.None);
        call.Answer("{}");
        await Task.WhenAll(first, otherBody, otherUrl);

        Assert.Equal(3, call.Calls);
    }

    [Fact]
    public async Task A_failure_reaches_every_waiter()
    {
        var inFlight = new InFlightRequests();
        var call = new HeldCall();

        var waiting = Enumerable.Range(0, 3).Select(_ => inFlight.SendAsync(Url, Body, batch: false, Alice, call.SendAsync, CancellationToken.None)).ToArray();
        call.Fail(new SubgraphFailure(GatewayErrorCodes.SubgraphUnavailable, "down"));

        foreach (var waiter in waiting)
            Assert.Equal("down", (await Assert.ThrowsAsync<SubgraphFailure>(() => waiter)).Message);
        Assert.Equal(1, call.Calls);
        Assert.Equal(0, inFlight.Count);
    }

    [Fact]
    public async Task Nothing_is_kept_after_the_call_has_ended()
    {
        var inFlight = new InFlightRequests();
        var first = new HeldCall();
        var second = new HeldCall();

        var before = inFlight.SendAsync(Url, Body, batch: false, Alice, first.SendAsync, CancellationToken.None);
        first.Answer("""{"data":{"n":1}}""");
        await before;
        Assert.Equal(0, inFlight.Count);

        var after = inFlight.SendAsync(Url, Body, batch: false, Alice, second.SendAsync, CancellationToken.None);
        second.Answer("""{"data":{"n":2}}""");

        Assert.Contains("2", Encoding.UTF8.GetString((await after).Body));
        Assert.Equal(1, first.Calls);
        Assert.Equal(1, second.Calls);
    }

    [Fact]
    public async Task A_waiter_that_gives_up_leaves_the_others_their_answer()
    {
        var inFlight = new InFlightRequests();
        var call = new HeldCall();
        using var goneAway = new CancellationTokenSource();

        var leaving = inFlight.SendAsync(Url, Body, batch: false, Alice, call.SendAsync, goneAway.Token);
        var staying = inFlight.SendAsync(Url, Body, batch: false, Alice, call.SendAsync, CancellationToken.None);
        await goneAway.CancelAsync();
        call.Answer("""{"data":{}}""");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
        Assert.Equal("""{"data":{}}""", Encoding.UTF8.GetString((await staying).Body));
        Assert.Equal(1, call.Calls);
    }
}
