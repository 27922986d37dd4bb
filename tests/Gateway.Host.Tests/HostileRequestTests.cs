using FederatedGraph.Tests.Shared;

namespace FederatedGraph.Gateway.Host.Tests;

/// <summary>
/// Thousands of generated malformed and hostile requests against the gateway host (<see cref="HostileRequestGenerator"/>):
/// none may get a 5xx, hang, answer anything but JSON, or carry an error without a code or with INTERNAL_ERROR.
/// </summary>
public sealed class HostileRequestTests : HostileRequestSuite
{
    protected override HostileVocabulary Vocabulary { get; } = new(
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

    protected override HttpClient Client => _server.Client;

    public override async Task InitializeAsync() => _server = await GatewayServer.StartAsync();
    public override async Task DisposeAsync() => await _server.DisposeAsync();
}
