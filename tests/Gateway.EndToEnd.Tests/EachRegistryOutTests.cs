using FederatedGraph.Security.Testing;
using FederatedGraph.FederationTesting;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace FederatedGraph.Gateway.EndToEnd.Tests;

/// <summary>
/// Each registry in turn stopped or too slow: the gateway still answers with what the other four give, and the
/// missing part is null with an error that names the registry and the path. The registries keep running; each case
/// starts its own gateway with that one registry pointed at a closed port or at a listener that never answers.
/// </summary>
public sealed class EachRegistryOutTests(Federation federation) : IClassFixture<Federation>
{
    private const string FiveRoots = """
        query($bsn: String!, $adres: String!, $kvk: String!, $woz: String!, $zaak: String!) {
          persoon(burgerservicenummer: $bsn) { naam { volledigeNaam } }
          nummeraanduiding(identificatie: $adres) { postcode }
          maatschappelijkeActiviteit(kvkNummer: $kvk) { naam }
          wozObject(wozObjectnummer: $woz) { wozObjectnummer }
          kadastraalOnroerendeZaak(identificatie: $zaak) { identificatie }
        }
        """;

    /// <summary>The root field each registry answers in <see cref="FiveRoots"/>.</summary>
    private static readonly Dictionary<string, string> RootOf = new()
    {
        ["brp"] = "persoon", ["bag"] = "nummeraanduiding", ["hr"] = "maatschappelijkeActiviteit", ["woz"] = "wozObject", ["brk"] = "kadastraalOnroerendeZaak",
    };

    [Theory]
    [InlineData("brp", false)] [InlineData("bag", false)] [InlineData("hr", false)] [InlineData("woz", false)] [InlineData("brk", false)]
    [InlineData("brp", true)] [InlineData("bag", true)] [InlineData("hr", true)] [InlineData("woz", true)] [InlineData("brk", true)]
    public async Task The_other_registries_still_answer(string registry, bool slow)
    {
        using var silent = new SilentListener();
        var url = slow ? silent.Url : $"http://127.0.0.1:{ClosedPort()}/graphql";
        await using var gateway = await federation.StartGatewayAsync($"--Gateway:SourceSchemas:{registry}:Url={url}", "--Gateway:SubgraphTimeoutSeconds=1");
        using var client = TestIssuer.AuthoriseAsDeveloper(new HttpClient { BaseAddress = new Uri(gateway.Urls.First()) });

        var response = await Federation.QueryAsync(client, FiveRoots, Variables());

        Assert.Equal(200, response.Status);
        foreach (var (owner, root) in RootOf)
            Assert.Equal(owner == registry, response.Data.GetProperty(root).ValueKind == JsonValueKind.Null);
        var error = Assert.Single(response.Json.GetProperty("errors").EnumerateArray());
        Assert.Equal(slow ? "SUBGRAPH_TIMEOUT" : "SUBGRAPH_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(registry, error.GetProperty("extensions").GetProperty("subgraph").GetString());
        Assert.Equal([RootOf[registry]], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }

    private object Variables()
    {
        var sample = federation.Sample;
        return new
        {
            bsn = sample.Brp.Personen.First().Burgerservicenummer,
            adres = sample.Bag.Nummeraanduidingen.First().Identificatie,
            kvk = sample.Hr.MaatschappelijkeActiviteiten.First().KvkNummer,
            woz = sample.Woz.WozObjecten.First().WozObjectnummer,
            zaak = sample.Brk.OnroerendeZaken.First().Identificatie,
        };
    }

    /// <summary>A loopback port nothing listens on: connecting is refused at once.</summary>
    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Accepts connections and never answers: a subgraph that hangs.</summary>
    private sealed class SilentListener : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly List<TcpClient> _accepted = [];
        private readonly CancellationTokenSource _stop = new();

        public SilentListener()
        {
            _listener.Start();
            _ = AcceptAsync();
        }

        public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/graphql";

        private async Task AcceptAsync()
        {
            try
            {
                while (true)
                {
                    var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                    lock (_accepted) _accepted.Add(client);
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            lock (_accepted) _accepted.ForEach(c => c.Dispose());
        }
    }
}
