using FederatedGraph.Tests.Shared;

namespace FederatedGraph.Subgraphs.Toolkit.Tests.Http;

/// <summary>
/// Thousands of generated malformed and hostile requests against a subgraph's endpoint (<see cref="HostileRequestGenerator"/>):
/// none may get a 5xx, hang, answer anything but JSON, or carry an error without a code or with INTERNAL_ERROR.
/// </summary>
public sealed class HostileRequestTests : HostileRequestSuite
{
    // Not the test schema's "boom": it fails on purpose with INTERNAL_ERROR.
    protected override HostileVocabulary Vocabulary { get; } = new(
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

    protected override HttpClient Client => _server.Client;

    public override async Task InitializeAsync() => _server = await TestSubgraphServer.StartAsync();
    public override async Task DisposeAsync() => await _server.DisposeAsync();
}
