using static FederatedGraph.Benchmarks.GatewayLoadBenchmark;

namespace FederatedGraph.Benchmarks;

/// <summary>
/// What a client does without the gateway to get one person across all five registries, along the critical path:
/// BRP first, then BAG, HR and BRK at once with the keys BRP gave, then WOZ with the verblijfsobject BAG gave.
/// Every answer is parsed and checked, as the gateway's answer is.
/// </summary>
internal sealed class DirectRegistryClient(HttpClient client, IReadOnlyDictionary<string, string> urls)
{
    public async Task FetchPersonAsync(string bsn)
    {
        var persoon = (await PostAsync(client, urls["brp"], Body(BrpQuery, new { bsn }))).GetProperty("persoon");
        var nummeraanduiding = persoon.GetProperty("verblijfplaats").GetProperty("nummeraanduidingIdentificatie").GetString();

        var bag = PostAsync(client, urls["bag"], Body(BagQuery, new { id = nummeraanduiding }));
        var hr = PostAsync(client, urls["hr"], Body(HrQuery, new { bsn }));
        var brk = PostAsync(client, urls["brk"], Body(BrkQuery, new { bsn }));
        var verblijfsobject = (await bag).GetProperty("nummeraanduiding").GetProperty("verblijfsobject").GetProperty("identificatie").GetString();
        await PostAsync(client, urls["woz"], Body(WozQuery, new { id = verblijfsobject }));
        await Task.WhenAll(hr, brk);
    }
}
