using FederatedGraph.Subgraphs.SampleData;
using Xunit;

namespace FederatedGraph.Registries.Testing;

/// <summary>
/// The conventions every registry subgraph keeps, tested against its own fields: page sizes, bad requests,
/// unknown filter fields and operators, the depth limit. A registry's behaviour tests derive from this class,
/// so each convention runs for every registry on every provider.
/// </summary>
public abstract class RegistryConventions(RegistryFixture fixture)
{
    protected RegistryServer Server => fixture.Server;

    protected Municipality Municipality => fixture.Sample;

    /// <summary>The registry's searchable connection field, e.g. <c>personen</c>.</summary>
    protected abstract string ConnectionField { get; }

    /// <summary>A string field of its nodes that can be filtered on, e.g. <c>burgerservicenummer</c>.</summary>
    protected abstract string NodeKeyField { get; }

    /// <summary>How many nodes the unfiltered connection holds.</summary>
    protected abstract int ExpectedTotal { get; }

    /// <summary>A name the connection's filter input does not have, e.g. a field of the node that cannot be filtered on.</summary>
    protected abstract string UnfilterableField { get; }

    /// <summary>
    /// A lookup and a cycle of fields leading back to its type, e.g. <c>persoon(burgerservicenummer: "999999990")</c>
    /// and <c>["partners"]</c>: repeated, they nest a query as deep as needed.
    /// </summary>
    protected abstract (string Lookup, string[] Cycle) Recursion { get; }

    /// <summary>The default <c>Limits:MaxDepth</c>.</summary>
    private const int MaxDepth = 12;

    [Fact]
    public async Task Default_page_has_ten_nodes()
    {
        var response = await Server.PostAsync($"{{ {ConnectionField} {{ totalCount nodes {{ {NodeKeyField} }} }} }}");

        var connection = response.Data.GetProperty(ConnectionField);
        Assert.Equal(ExpectedTotal, connection.GetProperty("totalCount").GetInt32());
        Assert.Equal(10, connection.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Oversized_page_is_refused()
    {
        var response = await Server.PostAsync($"{{ {ConnectionField}(first: 51) {{ nodes {{ {NodeKeyField} }} }} }}");

        Assert.Equal("PAGE_SIZE_EXCEEDED", response.FirstErrorCode);
        Assert.Contains("50", response.Json.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Malformed_json_is_400()
    {
        var response = await Server.PostRawAsync($$"""{"query": "{ {{ConnectionField}} { totalCount } }" """);

        Assert.Equal(400, response.Status);
        Assert.Equal("MALFORMED_REQUEST", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_variable_sent_twice_is_400_MALFORMED_REQUEST()
    {
        // Which of the two values would count is not defined, so neither does.
        var response = await Server.PostRawAsync($$$"""{"query": "query($n: Int) { {{{ConnectionField}}}(first: $n) { totalCount } }", "variables": {"n": 1, "n": 2}}""");

        Assert.Equal(400, response.Status);
        Assert.Equal("MALFORMED_REQUEST", response.FirstErrorCode);
    }

    [Fact]
    public async Task Unknown_filter_field_is_a_validation_error_with_a_code()
    {
        var response = await Server.PostAsync($$"""{ {{ConnectionField}}(where: { {{UnfilterableField}}: { eq: "x" } }) { totalCount } }""");

        Assert.Equal(400, response.Status);
        Assert.NotNull(response.FirstErrorCode);
        Assert.Contains(UnfilterableField, response.Body);
    }

    [Fact]
    public async Task Unknown_filter_operator_is_a_validation_error_with_a_code()
    {
        var response = await Server.PostAsync($$"""{ {{ConnectionField}}(where: { {{NodeKeyField}}: { like: "%a%" } }) { totalCount } }""");

        Assert.Equal(400, response.Status);
        Assert.NotNull(response.FirstErrorCode);
    }

    [Fact]
    public async Task Query_deeper_than_the_limit_is_refused()
    {
        var (lookup, cycle) = Recursion;
        // The lookup is one level; __typename at the bottom counts none.
        var selection = "__typename";
        for (var level = MaxDepth; level > 0; level--) selection = $"{cycle[(level - 1) % cycle.Length]} {{ {selection} }}";
        var response = await Server.PostAsync($"{{ {lookup} {{ {selection} }} }}");

        Assert.Equal(400, response.Status);
        Assert.Equal("MAX_DEPTH_EXCEEDED", response.FirstErrorCode);
    }
}
