namespace FederatedGraph.Subgraphs.Toolkit.Tests.Data;

/// <summary>
/// <c>where</c> against SQLite. Huisnummers are 1:10 2:12 3:5 4:20 5:7 6:12 7:3 8:15; achternamen are
/// 1:Jansen 2:Vries 3:Dijk 4:Jansen 5:Berg 6:Bakker 7:Visser 8:Jong. Each case is chosen so a neighbouring
/// operator (gt vs gte, contains vs eq, the negation) would give a different set.
/// </summary>
public sealed class FilteringTests : IDisposable
{
    private readonly DataTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("""{ eq: "Jansen" }""", new[] { 1, 4 })]
    [InlineData("""{ neq: "Jansen" }""", new[] { 2, 3, 5, 6, 7, 8 })]
    [InlineData("""{ contains: "e" }""", new[] { 1, 2, 4, 5, 6, 7 })]
    [InlineData("""{ ncontains: "e" }""", new[] { 3, 8 })]
    [InlineData("""{ in: ["Dijk", "Jong"] }""", new[] { 3, 8 })]
    [InlineData("""{ nin: ["Jansen", "Dijk"] }""", new[] { 2, 5, 6, 7, 8 })]
    [InlineData("""{ startsWith: "B" }""", new[] { 5, 6 })]
    [InlineData("""{ nstartsWith: "B" }""", new[] { 1, 2, 3, 4, 7, 8 })]
    [InlineData("""{ endsWith: "er" }""", new[] { 6, 7 })]
    [InlineData("""{ nendsWith: "er" }""", new[] { 1, 2, 3, 4, 5, 8 })]
    public async Task String_operators_filter_an_inline_column(string operation, int[] expected)
        => Assert.Equal(expected, await _host.IdsAsync($"(first: 50, where: {{ naam: {{ geslachtsnaam: {operation} }} }})"));

    [Theory]
    [InlineData("{ eq: 12 }", new[] { 2, 6 })]
    [InlineData("{ neq: 12 }", new[] { 1, 3, 4, 5, 7, 8 })]
    [InlineData("{ in: [5, 7] }", new[] { 3, 5 })]
    [InlineData("{ nin: [5, 7, 12] }", new[] { 1, 4, 7, 8 })]
    [InlineData("{ gt: 12 }", new[] { 4, 8 })]
    [InlineData("{ ngt: 12 }", new[] { 1, 2, 3, 5, 6, 7 })]
    [InlineData("{ gte: 12 }", new[] { 2, 4, 6, 8 })]
    [InlineData("{ ngte: 12 }", new[] { 1, 3, 5, 7 })]
    [InlineData("{ lt: 7 }", new[] { 3, 7 })]
    [InlineData("{ nlt: 7 }", new[] { 1, 2, 4, 5, 6, 8 })]
    [InlineData("{ lte: 7 }", new[] { 3, 5, 7 })]
    [InlineData("{ nlte: 7 }", new[] { 1, 2, 4, 6, 8 })]
    public async Task Comparable_operators_filter_an_int_column(string operation, int[] expected)
        => Assert.Equal(expected, await _host.IdsAsync($"(first: 50, where: {{ huisnummer: {operation} }})"));

    [Theory]
    // long? inwonersnummer: 1:100 2:200 3:null 4:400 5:500 6:600 7:700 8:800
    [InlineData("inwonersnummer: { gt: 500 }", new[] { 6, 7, 8 })]
    [InlineData("inwonersnummer: { eq: null }", new[] { 3 })]
    [InlineData("inwonersnummer: { neq: null }", new[] { 1, 2, 4, 5, 6, 7, 8 })]
    // double lengte: 1:1.80 2:1.75 3:1.65 4:1.70 5:1.90 6:1.60 7:1.85 8:1.78
    [InlineData("lengte: { gte: 1.8 }", new[] { 1, 5, 7 })]
    [InlineData("lengte: { lt: 1.7 }", new[] { 3, 6 })]
    // DateOnly geboortedatum: 1:1980 2:1975-05-05 3:1990-12-31 4:1985 5:1960 6:2000 7:1999 8:1970
    [InlineData("""geboortedatum: { lt: "1975-05-05" }""", new[] { 5, 8 })]
    [InlineData("""geboortedatum: { gte: "1990-12-31" }""", new[] { 3, 6, 7 })]
    [InlineData("""geboortedatum: { eq: "1975-05-05" }""", new[] { 2 })]
    // DateTime? overlijdensdatum: 2:2020-03-01T10:00 5:2010-01-01, others null
    [InlineData("""overlijdensdatum: { gt: "2015-01-01T00:00:00" }""", new[] { 2 })]
    [InlineData("overlijdensdatum: { eq: null }", new[] { 1, 3, 4, 6, 7, 8 })]
    // bool geheim: 3 and 5
    [InlineData("geheim: { eq: true }", new[] { 3, 5 })]
    [InlineData("geheim: { neq: true }", new[] { 1, 2, 4, 6, 7, 8 })]
    // enum geslacht: MAN 1 2 5 8, VROUW 3 4, ONBEKEND 6 7
    [InlineData("geslacht: { eq: VROUW }", new[] { 3, 4 })]
    [InlineData("geslacht: { neq: MAN }", new[] { 3, 4, 6, 7 })]
    [InlineData("geslacht: { in: [VROUW, ONBEKEND] }", new[] { 3, 4, 6, 7 })]
    [InlineData("geslacht: { nin: [VROUW, ONBEKEND] }", new[] { 1, 2, 5, 8 })]
    // string top-level column, and a nullable string column where null means IS NULL
    [InlineData("""bsn: { eq: "999990003" }""", new[] { 3 })]
    [InlineData("naam: { voornamen: { eq: null } }", new[] { 7 })]
    public async Task Other_scalar_types_filter_with_their_own_operations(string where, int[] expected)
        => Assert.Equal(expected, await _host.IdsAsync($"(first: 50, where: {{ {where} }})"));

    [Fact]
    public async Task Fields_of_one_filter_object_are_combined_with_and()
        => Assert.Equal(new[] { 5 }, await _host.IdsAsync("(first: 50, where: { huisnummer: { gte: 7 }, geheim: { eq: true } })"));

    [Fact]
    public async Task And_list_requires_every_filter()
        => Assert.Equal(new[] { 5 }, await _host.IdsAsync("(first: 50, where: { and: [{ huisnummer: { gte: 7 } }, { geheim: { eq: true } }] })"));

    [Fact]
    public async Task Or_list_requires_any_filter()
        => Assert.Equal(new[] { 3, 7 }, await _host.IdsAsync("""(first: 50, where: { or: [{ huisnummer: { eq: 3 } }, { naam: { geslachtsnaam: { eq: "Dijk" } } }] })"""));

    [Fact]
    public async Task Or_inside_an_operations_input_applies_to_that_column()
        => Assert.Equal(new[] { 2, 3, 7 }, await _host.IdsAsync("""(first: 50, where: { naam: { geslachtsnaam: { or: [{ eq: "Dijk" }, { startsWith: "V" }] } } })"""));

    [Fact]
    public async Task Nested_inline_filter_combines_with_top_level_columns()
        => Assert.Equal(new[] { 8 }, await _host.IdsAsync("""(first: 50, where: { naam: { voorvoegsel: { eq: "de" }, voornamen: { startsWith: "J" } }, huisnummer: { gt: 10 } })"""));

    [Fact]
    public async Task Filter_values_can_come_from_variables()
    {
        var json = await _host.ExecuteAsync(
            "query($where: PersoonFilterInput) { personen(where: $where) { nodes { id } } }",
            """{ "where": { "naam": { "geslachtsnaam": { "in": ["Jansen", "Berg"] } } } }""");
        DataTestHost.AssertNoErrors(json);
        var ids = json.GetProperty("data").GetProperty("personen").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32());
        Assert.Equal([1, 4, 5], ids);
    }

    [Fact]
    public async Task Filter_runs_in_sql_with_parameters()
    {
        await _host.IdsAsync("""(where: { naam: { geslachtsnaam: { startsWith: "Jan" } } })""");
        var select = Assert.Single(_host.Sql);
        Assert.Contains("WHERE", select);
        Assert.DoesNotContain("'Jan", select); // sent as a parameter, not inlined
    }

    [Theory]
    [InlineData("{ huisnummer: {} }")]
    [InlineData("{ naam: {} }")]
    [InlineData("{ and: [] }")]
    [InlineData("{ or: [{ huisnummer: { gt: 3 } }, {}] }")]
    [InlineData("{ huisnummer: { gt: null } }")]
    [InlineData("{ huisnummer: { in: null } }")]
    [InlineData("{ naam: { geslachtsnaam: { contains: null } } }")]
    [InlineData("{ huisnummer: null }")]
    public async Task Semantically_invalid_filters_are_INVALID_FILTER_errors(string where)
    {
        var json = await _host.ExecuteAsync($"{{ personen(where: {where}) {{ nodes {{ id }} }} }}");
        var error = DataTestHost.SingleError(json, ErrorCodes.InvalidFilter);
        Assert.Contains("where", error.GetProperty("message").GetString());
        Assert.Empty(_host.Sql);
    }

    [Fact]
    public async Task An_empty_where_is_no_filter()
        => Assert.Equal(8, (await _host.IdsAsync("(first: 50, where: {})")).Length);

    [Theory]
    [InlineData("{ onbekend: { eq: 1 } }")]
    [InlineData("{ huisnummer: { contains: \"1\" } }")]
    [InlineData("{ nationaliteiten: { eq: \"NL\" } }")]
    [InlineData("{ naam: { volledigeNaam: { eq: \"Jan Jansen\" } } }")]
    public async Task Unknown_fields_and_operators_are_rejected_by_validation_with_a_code(string where)
    {
        var json = await _host.ExecuteAsync($"{{ personen(where: {where}) {{ nodes {{ id }} }} }}");
        var error = json.GetProperty("errors").EnumerateArray().First();
        Assert.False(string.IsNullOrEmpty(error.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.False(json.TryGetProperty("data", out var data) && data.ValueKind == System.Text.Json.JsonValueKind.Object);
        Assert.Empty(_host.Sql);
    }
}
