using FederatedGraph.FederationTesting;
using System.Text.Json;
using FederatedGraph.Subgraphs.SampleData.Hr;

namespace FederatedGraph.Gateway.EndToEnd.Tests;

/// <summary>With one registry down the others still answer; the missing part is null with an error naming the registry.</summary>
public sealed class PartialFailureTests(Federation federation) : IClassFixture<Federation>
{
    [Fact]
    public async Task With_hr_stopped_the_brp_part_still_arrives()
    {
        var activiteit = federation.Sample.Hr.MaatschappelijkeActiviteiten.First(m => m.Eigenaar is NatuurlijkPersoon);
        var bsn = ((NatuurlijkPersoon)activiteit.Eigenaar).Burgerservicenummer;
        await federation.Registries["hr"].DisposeAsync();

        var response = await federation.QueryAsync("""
            query($bsn: String!, $kvk: String!) {
              persoon(burgerservicenummer: $bsn) { naam { volledigeNaam } }
              maatschappelijkeActiviteit(kvkNummer: $kvk) { naam }
            }
            """, new { bsn, kvk = activiteit.KvkNummer });

        Assert.Equal(200, response.Status);
        Assert.False(string.IsNullOrEmpty(response.Data.GetProperty("persoon").GetProperty("naam").GetProperty("volledigeNaam").GetString()));
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("maatschappelijkeActiviteit").ValueKind);
        var error = Assert.Single(response.Json.GetProperty("errors").EnumerateArray());
        Assert.Equal("SUBGRAPH_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("hr", error.GetProperty("extensions").GetProperty("subgraph").GetString());
        Assert.Equal(["maatschappelijkeActiviteit"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }
}
