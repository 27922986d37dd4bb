using System.Net;
using System.Text.Json;
using static FederatedGraph.Gateway.Host.Tests.GatewayServer;

namespace FederatedGraph.Gateway.Host.Tests;

/// <summary>Operations are parsed and validated against the public schema before the executor sees them.</summary>
public sealed class ValidationTests : IAsyncLifetime
{
    private GatewayServer _server = null!;

    public async Task InitializeAsync() => _server = await StartAsync();
    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_syntax_error_is_400_with_its_location()
    {
        var response = await _server.QueryAsync("{\n  persoon(burgerservicenummer: \"1\") {\n    naam {\n  }\n}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        Assert.Equal("SYNTAX_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(4, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
        Assert.Empty(_server.Executor.Requests);
    }

    [Fact]
    public async Task An_unknown_field_is_a_validation_error_against_the_public_schema()
    {
        var response = await _server.QueryAsync("{ persoon(burgerservicenummer: \"1\") { schoenmaat } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        Assert.Contains("schoenmaat", error.GetProperty("message").GetString());
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", error.GetProperty("extensions").GetProperty("code").GetString());
        var location = error.GetProperty("locations")[0];
        Assert.Equal(1, location.GetProperty("line").GetInt32());
        Assert.Equal(39, location.GetProperty("column").GetInt32());
        Assert.Empty(_server.Executor.Requests);
    }

    [Fact]
    public async Task A_required_argument_added_by_require_is_not_public()
    {
        // wozWaardePerVierkanteMeter takes oppervlakte from BAG inside the gateway; clients cannot pass it.
        var response = await _server.QueryAsync("{ verblijfsobject(identificatie: \"1\") { wozWaardePerVierkanteMeter(oppervlakte: 80) } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("KNOWN_ARGUMENT_NAMES", FirstErrorCode(await JsonAsync(response)));
    }

    [Theory]
    [InlineData("mutation { verwijderPersoon }")]
    [InlineData("subscription { persoonGewijzigd }")]
    [InlineData("query Goed { __typename }\nmutation Weg { verwijderPersoon }")]
    public async Task An_operation_type_the_schema_lacks_is_a_validation_error_with_its_location(string query)
    {
        var response = await _server.QueryAsync(query, operationName: query.StartsWith("query Goed") ? "Goed" : null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, response.Content.Headers.ContentType!.MediaType);
        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        Assert.Equal("KNOWN_OPERATION_TYPES", error.GetProperty("extensions").GetProperty("code").GetString());
        var location = error.GetProperty("locations")[0];
        Assert.Equal(query.Count(c => c == '\n') + 1, location.GetProperty("line").GetInt32());
        Assert.Equal(1, location.GetProperty("column").GetInt32());
        Assert.Empty(_server.Executor.Requests);
    }

    [Fact]
    public async Task Under_application_json_a_validation_error_is_200()
    {
        var response = await _server.PostAsync("""{"query":"{ persoon(burgerservicenummer: \"1\") { schoenmaat } }"}""", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", FirstErrorCode(await JsonAsync(response)));
    }

    private const string TwoOperations = """
        query Persoon { persoon(burgerservicenummer: "1") { burgerservicenummer } }
        query Pand { pand(identificatie: "1") { identificatie } }
        """;

    [Fact]
    public async Task OperationName_selects_one_of_several_operations()
    {
        var response = await _server.QueryAsync(TwoOperations, operationName: "Pand");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Pand", _server.Executor.Single.OperationName);
    }

    [Theory]
    [InlineData(null, "OPERATION_NAME_REQUIRED")]
    [InlineData("Kadaster", "OPERATION_NOT_FOUND")]
    public async Task Several_operations_need_a_known_operationName(string? operationName, string code)
    {
        var response = await _server.QueryAsync(TwoOperations, operationName: operationName);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, FirstErrorCode(await JsonAsync(response)));
    }

    [Fact]
    public async Task The_whole_document_is_validated_not_only_the_selected_operation()
    {
        var response = await _server.QueryAsync("""
            query Goed { persoon(burgerservicenummer: "1") { burgerservicenummer } }
            query Fout { persoon(burgerservicenummer: "1") { schoenmaat } }
            """, operationName: "Goed");

        // The spec validates documents, not operations.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", FirstErrorCode(await JsonAsync(response)));
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"bsn": null}""")]
    [InlineData("""{"bsn": {"nummer": "1"}}""")]
    public async Task Variables_that_do_not_coerce_are_400(string variablesJson)
    {
        var response = await _server.PostAsync(
            $$"""{"query":"query($bsn: String!) { persoon(burgerservicenummer: $bsn) { burgerservicenummer } }","variables":{{variablesJson}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        Assert.Equal("INVALID_VALUE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(error.TryGetProperty("locations", out _));
        Assert.Empty(_server.Executor.Requests);
    }

    [Fact]
    public async Task A_document_validated_before_still_has_its_variables_checked_every_time()
    {
        // The first request validates the document and caches it; the later ones only coerce their variables.
        const string query = "query($bsn: String!, $first: Int) { persoon(burgerservicenummer: $bsn) { burgerservicenummer } personen(first: $first) { totalCount } }";
        var valid = await _server.QueryAsync(query, new { bsn = "1", first = 2 });
        var missing = await _server.QueryAsync(query, new { first = 2 });
        var wrongType = await _server.QueryAsync(query, new { bsn = "1", first = "twee" });
        var validAgain = await _server.QueryAsync(query, new { bsn = "2", first = 3 });

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("INVALID_VALUE", FirstErrorCode(await JsonAsync(missing)));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal("INVALID_VALUE", FirstErrorCode(await JsonAsync(wrongType)));
        Assert.Equal(HttpStatusCode.OK, validAgain.StatusCode);
        Assert.Equal(2, _server.Executor.Requests.Count);
        Assert.Equal(3, _server.Executor.Requests.Last().Variables!.Value.GetProperty("first").GetInt32());
    }

    [Theory]
    [InlineData("""{"bsn": "1", "first": 2, "mee": true}""")]
    [InlineData("""{"bsn": "1", "first": null, "mee": false}""")]
    [InlineData("""{"bsn": "1", "mee": true}""")]
    [InlineData("""{"bsn": "1", "first": -3, "mee": true}""")]
    [InlineData("""{"bsn": "1", "first": 2.0, "mee": true}""")]
    [InlineData("""{"bsn": "1", "first": 1e1, "mee": true}""")]
    [InlineData("""{"bsn": "1", "first": 3000000000, "mee": true}""")]
    [InlineData("""{"bsn": "1", "first": "2", "mee": true}""")]
    [InlineData("""{"bsn": "1", "first": 2, "mee": "true"}""")]
    [InlineData("""{"bsn": "1", "first": 2, "mee": true, "extra": "x"}""")]
    [InlineData("""{"bsn": "1", "bsn": "2", "mee": true}""")]
    [InlineData("""{"bsn": 1, "mee": true}""")]
    [InlineData("""{"bsn": null, "mee": true}""")]
    [InlineData("""{"bsn": "1"}""")]
    [InlineData("""{}""")]
    [InlineData("""null""")]
    public async Task A_known_document_treats_its_variables_as_the_first_validation_did(string variablesJson)
    {
        // The first request validates and coerces through GraphQL.NET; the second finds the document cached, where
        // variables that are already right are passed on as they are. Both must end the same way.
        var query = "query($bsn: String!, $first: Int, $mee: Boolean!) { persoon(burgerservicenummer: $bsn) { burgerservicenummer @include(if: $mee) } personen(first: $first) { totalCount } }"
                    + " # " + variablesJson;
        var body = $$"""{"query": {{JsonSerializer.Serialize(query)}}, "variables": {{variablesJson}}}""";
        var first = await _server.PostAsync(body);
        var firstCount = _server.Executor.Requests.Count;
        var second = await _server.PostAsync(body);

        Assert.Equal(first.StatusCode, second.StatusCode);
        if (first.StatusCode != HttpStatusCode.OK)
        {
            var code = FirstErrorCode(await JsonAsync(first));
            Assert.Equal(code, FirstErrorCode(await JsonAsync(second)));
            Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
            Assert.Empty(_server.Executor.Requests);
            return;
        }
        Assert.True(firstCount == 1, await first.Content.ReadAsStringAsync());
        var (coercedFirst, coercedSecond) = (_server.Executor.Requests.First().Variables, _server.Executor.Requests.Last().Variables);
        Assert.Equal(coercedFirst.HasValue, coercedSecond.HasValue);
        if (coercedFirst is { } a && coercedSecond is { } b)
            Assert.True(JsonElement.DeepEquals(a, b), $"first {a.GetRawText()}, second {b.GetRawText()}");
    }

    [Fact]
    public async Task An_operation_name_the_cached_document_lacks_is_still_refused()
    {
        // Validity is cached per document and operation: the cached "Good" says nothing about "Missing".
        const string query = "query Good { __typename } query Other { __typename }";
        var good = await _server.QueryAsync(query, operationName: "Good");
        var unknown = await _server.QueryAsync(query, operationName: "Missing");

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(RequestErrorCodes.OperationNotFound, FirstErrorCode(await JsonAsync(unknown)));
    }

    [Fact]
    public async Task A_cached_query_sent_again_with_GET_is_answered_and_a_cached_mutation_is_still_refused_on_GET()
    {
        const string query = "query Q { __typename } mutation M { __typename }";
        // The public schema has no mutation type, so validation refuses the POST and nothing is cached: GET is 405 before that.
        await _server.QueryAsync(query, operationName: "M");
        var mutationByGet = await _server.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString(query) + "&operationName=M");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutationByGet.StatusCode);
    }

    [Fact]
    public async Task The_executor_gets_coerced_variables_defaults_lists_enums_and_custom_scalars_unchanged()
    {
        const string query = """
            query($where: PersoonFilterInput, $order: [PersoonSortInput!], $first: Int = 5, $na: DateOnly) {
              personen(first: $first, where: $where, order: $order) { totalCount }
              ouder: personen(where: { geboorte: { datum: { lt: $na } } }) { totalCount }
            }
            """;
        // A single sort object where a list is declared is coerced into a list of one.
        var response = await _server.PostAsync(JsonSerializer.Serialize(new
        {
            query,
            variables = new
            {
                where = new { geboorte = new { datum = new { gt = "2000-1-1" } } },
                order = new { geboorte = new { datum = "DESC" } },
                na = "morgen",
            },
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var variables = _server.Executor.Single.Variables!.Value;
        Assert.Equal(5, variables.GetProperty("first").GetInt32());
        Assert.Equal("2000-1-1", variables.GetProperty("where").GetProperty("geboorte").GetProperty("datum").GetProperty("gt").GetString());
        Assert.Equal(JsonValueKind.Array, variables.GetProperty("order").ValueKind);
        Assert.Equal("DESC", variables.GetProperty("order")[0].GetProperty("geboorte").GetProperty("datum").GetString());
        Assert.Equal("morgen", variables.GetProperty("na").GetString());
    }

    [Fact]
    public async Task A_variable_left_out_is_left_out_for_the_executor_not_null()
    {
        // Left out, the registry's argument default applies; an explicit null would override it.
        const string query = "query($bsn: String!, $first: Int, $order: [PersoonSortInput!]) { persoon(burgerservicenummer: $bsn) { burgerservicenummer } personen(first: $first, order: $order) { totalCount } }";
        await _server.QueryAsync(query, new { bsn = "1" });
        await _server.QueryAsync(query, new { bsn = "1" });

        Assert.All(_server.Executor.Requests, request =>
        {
            Assert.Equal("1", request.Variables!.Value.GetProperty("bsn").GetString());
            Assert.False(request.Variables!.Value.TryGetProperty("first", out _));
            Assert.False(request.Variables!.Value.TryGetProperty("order", out _));
        });
        Assert.Equal(2, _server.Executor.Requests.Count);
    }

    [Fact]
    public async Task An_operation_without_variables_hands_over_none()
    {
        await _server.QueryAsync("{ pand(identificatie: \"1\") { identificatie } }");

        Assert.Null(_server.Executor.Single.Variables);
    }
}
