using FederatedGraph.Tests.Shared;

namespace FederatedGraph.Subgraphs.Toolkit.Tests.Http;

/// <summary>
/// Thousands of generated malformed and hostile requests against a subgraph's endpoint (<see cref="HostileRequestGenerator"/>):
/// none may get a 5xx, hang, answer anything but JSON, or carry an error without a code or with INTERNAL_ERROR.
/// </summary>
public sealed class HostileRequestTests : IAsyncLifetime
{
    private const int CasesPerSeed = 1000;

    // Not the test schema's "boom": it fails on purpose with INTERNAL_ERROR.
    private static readonly HostileVocabulary Vocabulary = new(
    [
        "{ hello }",
        "query($id: ID!) { itemById(id: $id) { id name parent { id } } }",
        "query Q($id: ID!) { itemById(id: $id) { children { name children { id } } } }",
        "query($id: ID! = \"1\", $s: Boolean = true) { itemById(id: $id) @include(if: $s) { label } }",
        "query($w: Int) { itemById(id: 3) { shippingEstimate(weight: $w) } }",
        "{ __schema { types { name } } }",
        "mutation { touch }",
    ], ["itemById", "children", "parent", "hello", "name"]);

    private TestSubgraphServer _server = null!;

    public async Task InitializeAsync() => _server = await TestSubgraphServer.StartAsync();
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
