using System.Text.Json;

namespace FederatedGraph.Subgraphs.Toolkit.Tests.Data;

/// <summary>Cursor paging over the eight people, in id order unless sorted.</summary>
public sealed class PagingTests : IDisposable
{
    private const string PageSelection = "{ pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } nodes { id } }";

    private readonly DataTestHost _host = new();

    public void Dispose() => _host.Dispose();

    private sealed record Page(int[] Ids, bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor, string[] Cursors);

    private async Task<Page> PageAsync(string arguments, string field = "personen")
    {
        var json = await _host.ExecuteAsync($"{{ {field}{(arguments.Length > 0 ? $"({arguments})" : "")} {PageSelection} }}");
        DataTestHost.AssertNoErrors(json);
        var connection = json.GetProperty("data").GetProperty(field);
        var pageInfo = connection.GetProperty("pageInfo");
        var edges = connection.GetProperty("edges").EnumerateArray().ToArray();
        var ids = connection.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetInt32()).ToArray();
        Assert.Equal(ids, edges.Select(edge => edge.GetProperty("node").GetProperty("id").GetInt32()));
        return new Page(
            ids,
            pageInfo.GetProperty("hasNextPage").GetBoolean(),
            pageInfo.GetProperty("hasPreviousPage").GetBoolean(),
            pageInfo.GetProperty("startCursor").GetString(),
            pageInfo.GetProperty("endCursor").GetString(),
            edges.Select(edge => edge.GetProperty("cursor").GetString()!).ToArray());
    }

    [Fact]
    public async Task Paging_forward_with_after_walks_through_all_rows()
    {
        var first = await PageAsync("first: 3");
        Assert.Equal(new[] { 1, 2, 3 }, first.Ids);
        Assert.True(first.HasNextPage);
        Assert.False(first.HasPreviousPage);
        Assert.Equal(first.Cursors[0], first.StartCursor);
        Assert.Equal(first.Cursors[^1], first.EndCursor);

        var second = await PageAsync($"first: 3, after: \"{first.EndCursor}\"");
        Assert.Equal(new[] { 4, 5, 6 }, second.Ids);
        Assert.True(second.HasNextPage);
        Assert.True(second.HasPreviousPage);

        var last = await PageAsync($"first: 3, after: \"{second.EndCursor}\"");
        Assert.Equal(new[] { 7, 8 }, last.Ids);
        Assert.False(last.HasNextPage);
        Assert.True(last.HasPreviousPage);
        Assert.Equal(8, first.Cursors.Concat(second.Cursors).Concat(last.Cursors).Distinct().Count());
    }

    [Fact]
    public async Task Paging_backward_with_before_walks_back_to_the_start()
    {
        var end = await PageAsync("last: 3");
        Assert.Equal(new[] { 6, 7, 8 }, end.Ids);
        Assert.False(end.HasNextPage);
        Assert.True(end.HasPreviousPage);

        var middle = await PageAsync($"last: 3, before: \"{end.StartCursor}\"");
        Assert.Equal(new[] { 3, 4, 5 }, middle.Ids);
        Assert.True(middle.HasNextPage);
        Assert.True(middle.HasPreviousPage);

        var start = await PageAsync($"last: 3, before: \"{middle.StartCursor}\"");
        Assert.Equal(new[] { 1, 2 }, start.Ids);
        Assert.True(start.HasNextPage);
        Assert.False(start.HasPreviousPage);
    }

    [Fact]
    public async Task Cursors_follow_the_filtered_and_sorted_list()
    {
        // Jansen men and women by huisnummer descending: 4 (20), 1 (10).
        const string arguments = """where: { naam: { geslachtsnaam: { eq: "Jansen" } } }, order: [{ huisnummer: DESC }]""";
        var first = await PageAsync($"first: 1, {arguments}");
        Assert.Equal(new[] { 4 }, first.Ids);
        Assert.True(first.HasNextPage);
        var next = await PageAsync($"first: 1, after: \"{first.EndCursor}\", {arguments}");
        Assert.Equal(new[] { 1 }, next.Ids);
        Assert.False(next.HasNextPage);
    }

    [Fact]
    public async Task After_and_before_together_bound_the_page()
    {
        var all = await PageAsync("first: 8");
        var page = await PageAsync($"first: 10, after: \"{all.Cursors[1]}\", before: \"{all.Cursors[5]}\"");
        Assert.Equal(new[] { 3, 4, 5 }, page.Ids);
        Assert.True(page.HasNextPage);
        Assert.True(page.HasPreviousPage);
    }

    [Fact]
    public async Task Default_and_maximum_page_size_come_from_the_options()
    {
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6, 7, 8 }, (await PageAsync("")).Ids); // default 10
        var small = await PageAsync("", "kleinePagina"); // DefaultPageSize = 2
        Assert.Equal(new[] { 1, 2 }, small.Ids);
        Assert.True(small.HasNextPage);

        var json = await _host.ExecuteAsync("{ kleinePagina(first: 4) { nodes { id } } }"); // MaxPageSize = 3
        var error = DataTestHost.SingleError(json, ErrorCodes.PageSizeExceeded);
        Assert.Contains("maximum page size of 3", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("first: 51")]
    [InlineData("last: 1000")]
    public async Task Page_size_above_the_maximum_is_PAGE_SIZE_EXCEEDED(string arguments)
    {
        var json = await _host.ExecuteAsync($"{{ personen({arguments}) {{ nodes {{ id }} }} }}");
        var error = DataTestHost.SingleError(json, ErrorCodes.PageSizeExceeded);
        Assert.Contains("maximum page size of 50", error.GetProperty("message").GetString());
        Assert.Equal("personen", error.GetProperty("path")[0].GetString());
        Assert.Empty(_host.Sql);
    }

    [Theory]
    [InlineData("first: -1")]
    [InlineData("last: -5")]
    [InlineData("first: 2, last: 2")]
    public async Task Negative_or_conflicting_sizes_are_INVALID_PAGING_ARGUMENTS(string arguments)
    {
        var json = await _host.ExecuteAsync($"{{ personen({arguments}) {{ nodes {{ id }} }} }}");
        DataTestHost.SingleError(json, ErrorCodes.InvalidPagingArguments);
        Assert.Empty(_host.Sql);
    }

    [Theory]
    [InlineData("after: \"not a cursor\"")]
    [InlineData("before: \"bm9wZQ==\"")] // base64, but not one of ours
    [InlineData("after: \"b2Zmc2V0Oi0x\"")] // "offset:-1"
    public async Task Unreadable_cursors_are_INVALID_CURSOR(string arguments)
    {
        var json = await _host.ExecuteAsync($"{{ personen({arguments}) {{ nodes {{ id }} }} }}");
        DataTestHost.SingleError(json, ErrorCodes.InvalidCursor);
    }

    [Fact]
    public async Task Zero_rows_give_an_empty_page_with_null_cursors()
    {
        var page = await PageAsync("where: { huisnummer: { gt: 100 } }");
        Assert.Empty(page.Ids);
        Assert.False(page.HasNextPage);
        Assert.Null(page.StartCursor);
        Assert.Null(page.EndCursor);
    }

    [Fact]
    public async Task TotalCount_counts_all_filtered_rows_not_the_page()
    {
        var json = await _host.ExecuteAsync("{ personen(first: 1, where: { geslacht: { eq: MAN } }) { totalCount nodes { id } } }");
        DataTestHost.AssertNoErrors(json);
        var connection = json.GetProperty("data").GetProperty("personen");
        Assert.Equal(4, connection.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, connection.GetProperty("nodes").GetArrayLength());
        Assert.Contains(_host.Sql, sql => sql.Contains("COUNT(*)"));
    }

    [Fact]
    public async Task TotalCount_is_not_queried_when_not_selected()
    {
        await PageAsync("first: 2");
        Assert.DoesNotContain(_host.Sql, sql => sql.Contains("COUNT(*)"));
        Assert.Single(_host.Sql);
    }

    [Fact]
    public async Task TotalCount_selected_through_a_fragment_is_counted()
    {
        var json = await _host.ExecuteAsync("{ personen(first: 1) { ...telling } } fragment telling on PersonenConnection { totalCount }");
        DataTestHost.AssertNoErrors(json);
        Assert.Equal(8, json.GetProperty("data").GetProperty("personen").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Result_shape_has_the_connection_fields()
    {
        var json = await _host.ExecuteAsync("{ personen(first: 1) { totalCount pageInfo { hasNextPage } edges { cursor } nodes { id } } }");
        var connection = json.GetProperty("data").GetProperty("personen");
        Assert.Equal(
            new[] { "totalCount", "pageInfo", "edges", "nodes" },
            connection.EnumerateObject().Select(property => property.Name));
        Assert.Equal(JsonValueKind.String, connection.GetProperty("edges")[0].GetProperty("cursor").ValueKind);
    }

    [Fact]
    public async Task Sibling_fields_share_the_request_DbContext_one_query_at_a_time()
    {
        // The test database yields on every command, so without serialising these would overlap on one DbContext.
        var json = await _host.ExecuteAsync(
            "{ a: personen(first: 1) { nodes { bsn } } b: personen(first: 1) { totalCount nodes { lengte } } c: personen(last: 2) { nodes { id } } d: persoon(id: 3) { id } }");
        DataTestHost.AssertNoErrors(json);
        Assert.Equal(3, json.GetProperty("data").GetProperty("d").GetProperty("id").GetInt32());
        Assert.Equal(new[] { 7, 8 }, json.GetProperty("data").GetProperty("c").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
    }
}
