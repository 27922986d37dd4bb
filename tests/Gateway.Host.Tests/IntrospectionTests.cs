using FederatedGraph.Checkout;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Visitors;
using static FederatedGraph.Gateway.Host.Tests.GatewayServer;

namespace FederatedGraph.Gateway.Host.Tests;

/// <summary>Introspection is answered by the host from the public schema and shows nothing else.</summary>
public sealed class IntrospectionTests : IAsyncLifetime
{
    private GatewayServer _server = null!;

    public async Task InitializeAsync() => _server = await StartAsync();
    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static readonly GraphQLDocument PublicSdl = GraphQLParser.Parser.Parse(File.ReadAllText(RepositoryFile("schema", "gateway.graphqls")));

    [Fact]
    public async Task The_full_introspection_query_returns_exactly_the_public_types()
    {
        var response = await _server.QueryAsync(IntrospectionQuery.Text, operationName: "IntrospectionQuery");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.False(body.TryGetProperty("errors", out _));
        var schema = body.GetProperty("data").GetProperty("__schema");
        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, schema.GetProperty("mutationType").ValueKind);

        var introspected = schema.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()!)
            .Where(name => !name.StartsWith("__", StringComparison.Ordinal) && name is not ("String" or "Int" or "Float" or "Boolean" or "ID"))
            .Order();
        var declared = PublicSdl.Definitions.OfType<GraphQLTypeDefinition>().Select(t => t.Name.StringValue).Order();
        Assert.Equal(declared, introspected);
        Assert.Empty(_server.Executor.Requests);
    }

    [Fact]
    public async Task Query_lists_only_the_public_root_fields_with_their_public_arguments()
    {
        var body = await JsonAsync(await _server.QueryAsync("""{ __type(name: "Query") { fields { name args { name } } } }"""));

        var fields = body.GetProperty("data").GetProperty("__type").GetProperty("fields").EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("args").EnumerateArray().Select(a => a.GetProperty("name").GetString()!).ToList());
        var declared = PublicSdl.Definitions.OfType<GraphQLObjectTypeDefinition>().Single(t => t.Name.StringValue == "Query").Fields!
            .ToDictionary(f => f.Name.StringValue, f => f.Arguments?.Select(a => a.Name.StringValue).ToList() ?? []);
        Assert.Equal(declared.Keys.Order(), fields.Keys.Order());
        foreach (var (name, arguments) in declared) Assert.Equal(arguments, fields[name]);
        // Internal lookups share names with public ones (hr's persoon(burgerservicenummer:)); each root field appears once.
        Assert.Equal(["burgerservicenummer"], fields["persoon"]);
    }

    [Fact]
    public async Task Nothing_internal_shows_in_the_introspection_result()
    {
        var text = await (await _server.QueryAsync(IntrospectionQuery.Text)).Content.ReadAsStringAsync();

        foreach (var hidden in new[] { "_fg", "@internal", "\"internal\"", "lookup", "\"key\"", "\"require\"", "\"provides\"", "\"external\"", "FieldSelectionMap" })
            Assert.DoesNotContain(hidden, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_required_field_of_a_requirement_is_no_argument()
    {
        var body = await JsonAsync(await _server.QueryAsync("""{ __type(name: "Verblijfsobject") { fields { name args { name } } } }"""));

        var field = body.GetProperty("data").GetProperty("__type").GetProperty("fields").EnumerateArray()
            .Single(f => f.GetProperty("name").GetString() == "wozWaardePerVierkanteMeter");
        Assert.Equal(0, field.GetProperty("args").GetArrayLength());
    }

    [Fact]
    public async Task Custom_scalars_are_the_schema_s_own()
    {
        var body = await JsonAsync(await _server.QueryAsync("""{ __type(name: "DateOnly") { kind name } }"""));

        var type = body.GetProperty("data").GetProperty("__type");
        Assert.Equal("SCALAR", type.GetProperty("kind").GetString());
        Assert.Equal("DateOnly", type.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_root_typename_alone_is_answered_by_the_host()
    {
        var response = await _server.QueryAsync("{ __typename }");

        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
        Assert.Empty(_server.Executor.Requests);
    }

    [Fact]
    public async Task Introspection_over_get_works()
    {
        var response = await _server.GetAsync("""{ __type(name: "Persoon") { name } }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Persoon", (await JsonAsync(response)).GetProperty("data").GetProperty("__type").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Introspection_with_variables_uses_them()
    {
        var response = await _server.QueryAsync("query($naam: String!) { __type(name: $naam) { name } }", new { naam = "Pand" });

        Assert.Equal("Pand", (await JsonAsync(response)).GetProperty("data").GetProperty("__type").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_root_typename_next_to_registry_fields_goes_to_the_executor()
    {
        var response = await _server.QueryAsync("{ __typename pand(identificatie: \"1\") { identificatie } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_server.Executor.Requests);
    }

    [Fact]
    public async Task Schema_introspection_next_to_registry_fields_is_answered_in_one_response_in_the_operations_order()
    {
        _server.Executor.Answer = _ => new StubResult(new JsonObject { ["data"] = new JsonObject { ["pand"] = new JsonObject { ["identificatie"] = "1" } } });

        var response = await _server.QueryAsync("""
            query($id: String!) { ...SchemaAndPand t: __type(name: "Pand") { name } }
            fragment SchemaAndPand on Query { __schema { queryType { name } } pand(identificatie: $id) { identificatie } }
            """, new { id = "1" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.False(body.TryGetProperty("errors", out _));
        var data = body.GetProperty("data");
        Assert.Equal(["__schema", "pand", "t"], data.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Query", data.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal("1", data.GetProperty("pand").GetProperty("identificatie").GetString());
        Assert.Equal("Pand", data.GetProperty("t").GetProperty("name").GetString());
        // The executor gets the registry field alone, with the variable it uses.
        var request = _server.Executor.Single;
        var printed = new SDLPrinter().Print(request.Document);
        Assert.DoesNotContain("__schema", printed);
        Assert.DoesNotContain("__type", printed);
        Assert.Contains("pand(identificatie: $id)", printed);
        Assert.Equal("1", request.Variables!.Value.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Next_to_introspection_the_executors_errors_and_null_data_are_kept()
    {
        _server.Executor.Answer = _ => new StubResult(new JsonObject
        {
            ["data"] = null,
            ["errors"] = new JsonArray(new JsonObject { ["message"] = "down", ["path"] = new JsonArray("pand"), ["extensions"] = new JsonObject { ["code"] = "SUBGRAPH_UNAVAILABLE" } }),
        });

        var body = await JsonAsync(await _server.QueryAsync("{ __typename __schema { queryType { name } } pand(identificatie: \"1\") { identificatie } }"));

        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
        Assert.Equal("SUBGRAPH_UNAVAILABLE", FirstErrorCode(body));
    }

    [Fact]
    public async Task Next_to_introspection_a_request_error_of_the_executor_is_the_answer()
    {
        _server.Executor.Answer = _ => new StubResult(new JsonObject
        {
            ["errors"] = new JsonArray(new JsonObject { ["message"] = "too many", ["extensions"] = new JsonObject { ["code"] = "FETCH_LIMIT_EXCEEDED" } }),
        });

        var body = await JsonAsync(await _server.QueryAsync("{ __schema { queryType { name } } pand(identificatie: \"1\") { identificatie } }"));

        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal("FETCH_LIMIT_EXCEEDED", FirstErrorCode(body));
    }

    internal static string RepositoryFile(params string[] parts) => Path.Combine([RepositoryRoot.Find(AppContext.BaseDirectory), .. parts]);
}
