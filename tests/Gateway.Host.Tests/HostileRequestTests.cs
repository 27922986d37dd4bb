using FederatedGraph.Tests.Shared;

namespace FederatedGraph.Gateway.Host.Tests;

/// <summary>
/// Thousands of generated malformed and hostile requests against the gateway host (<see cref="HostileRequestGenerator"/>):
/// none may get a 5xx, hang, answer anything but JSON, or carry an error without a code or with INTERNAL_ERROR.
/// </summary>
public sealed class HostileRequestTests : IAsyncLifetime
{
    private const int CasesPerSeed = 1000;

    private static readonly HostileVocabulary Vocabulary = new(
    [
        "{ __typename }",
        "query($bsn: String!) { persoon(burgerservicenummer: $bsn) { burgerservicenummer naam { volledigeNaam } } }",
        "query Q($first: Int, $after: String) { personen(first: $first, after: $after) { totalCount nodes { burgerservicenummer } } }",
        "query($where: PersoonFilterInput, $order: [PersoonSortInput!]) { personen(where: $where, order: $order) { totalCount } }",
        "query($postcode: String!, $huisnummer: Int!) { nummeraanduidingByPostcodeHuisnummer(postcode: $postcode, huisnummer: $huisnummer) { postcode } }",
        "query($na: DateOnly) { personen(where: { geboorte: { datum: { lt: $na } } }) { totalCount } }",
        "query($s: Boolean!) { persoon(burgerservicenummer: \"1\") @include(if: $s) { burgerservicenummer } }",
        "{ __schema { queryType { name } } __type(name: \"Persoon\") { name } }",
    ], ["persoon", "personen", "naam", "nummeraanduiding", "pand", "__typename"]);

    private GatewayServer _server = null!;

    public async Task InitializeAsync() => _server = await GatewayServer.StartAsync();
    public async Task DisposeAsync() => await _server.DisposeAsync();

    /// <summary>As the development caller (the server's client carries its token and purpose), which may ask everything.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public Task Hostile_requests_get_JSON_with_coded_errors_and_never_a_5xx(int seed)
        => new HostileRequestFuzzer(_server.Client, new HostileRequestGenerator(Vocabulary)).AssertNoFailureAsync(seed, CasesPerSeed);

    /// <summary>The same requests without a token, or with one but without a purpose: never any data, only 401 or 403.</summary>
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public async Task Hostile_requests_from_a_caller_without_rights_get_no_data(int seed, bool withToken)
    {
        using var client = HostileRequestFuzzer.CallerWithoutRights(_server.Client.BaseAddress!, withToken);
        await new HostileRequestFuzzer(client, new HostileRequestGenerator(Vocabulary)) { CallerIsRefused = true }.AssertNoFailureAsync(seed, CasesPerSeed);
    }
}
