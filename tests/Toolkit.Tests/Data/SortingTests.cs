namespace FederatedGraph.Subgraphs.Toolkit.Tests.Data;

/// <summary><c>order</c> against SQLite; huisnummers are 1:10 2:12 3:5 4:20 5:7 6:12 7:3 8:15 (2 and 6 tie).</summary>
public sealed class SortingTests : IDisposable
{
    private readonly DataTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Without_order_rows_come_in_key_order()
        => Assert.Equal(new[] { 1, 2, 3, 4, 5, 6, 7, 8 }, await _host.IdsAsync("(first: 50)"));

    [Fact]
    public async Task Ascending_with_ties_broken_by_the_key()
        => Assert.Equal(new[] { 7, 3, 5, 1, 2, 6, 8, 4 }, await _host.IdsAsync("(first: 50, order: [{ huisnummer: ASC }])"));

    [Fact]
    public async Task Descending_with_ties_still_broken_by_the_key_ascending()
        => Assert.Equal(new[] { 4, 8, 2, 6, 1, 5, 3, 7 }, await _host.IdsAsync("(first: 50, order: [{ huisnummer: DESC }])"));

    [Fact]
    public async Task Multiple_keys_sort_by_inline_column_then_by_the_next_key()
        => Assert.Equal(
            new[] { 6, 5, 3, 4, 1, 8, 7, 2 },
            await _host.IdsAsync("(first: 50, order: [{ naam: { geslachtsnaam: ASC } }, { huisnummer: DESC }])"));

    [Fact]
    public async Task Sort_on_the_key_descending_is_not_overridden_by_the_default_order()
        => Assert.Equal(new[] { 8, 7, 6, 5, 4, 3, 2, 1 }, await _host.IdsAsync("(first: 50, order: [{ id: DESC }])"));

    [Fact]
    public async Task Sorting_runs_in_sql()
    {
        await _host.IdsAsync("(order: [{ naam: { geslachtsnaam: DESC } }])");
        Assert.Contains("""ORDER BY "p"."Geslachtsnaam" DESC, "p"."Id""", Assert.Single(_host.Sql));
    }

    [Theory]
    [InlineData("[{ huisnummer: ASC, lengte: DESC }]")]
    [InlineData("[{}]")]
    [InlineData("[{ naam: {} }]")]
    [InlineData("[{ naam: { voornamen: ASC, geslachtsnaam: ASC } }]")]
    public async Task Each_order_element_must_set_exactly_one_field(string order)
    {
        var json = await _host.ExecuteAsync($"{{ personen(order: {order}) {{ nodes {{ id }} }} }}");
        var error = DataTestHost.SingleError(json, ErrorCodes.InvalidSort);
        Assert.Contains("exactly one", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task List_columns_are_not_sortable()
    {
        var json = await _host.ExecuteAsync("{ personen(order: [{ nationaliteiten: ASC }]) { nodes { id } } }");
        Assert.True(json.TryGetProperty("errors", out _));
        Assert.Empty(_host.Sql);
    }
}
