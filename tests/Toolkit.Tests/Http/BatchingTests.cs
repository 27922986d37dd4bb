using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace FederatedGraph.Subgraphs.Toolkit.Tests.Http;

public sealed class BatchingTests : IAsyncLifetime
{
    private TestSubgraphServer _server = null!;

    public async Task InitializeAsync() => _server = await TestSubgraphServer.StartAsync();
    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<(HttpResponseMessage Response, string Body)> PostAsync(object payload, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(payload), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(accept);
        var response = await _server.Client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static List<JsonElement> Lines(string body)
        => body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Fact]
    public async Task Variable_batch_of_100_lookups_is_one_fetch_and_one_line_per_variable_set()
    {
        var variables = Enumerable.Range(1, 100).Select(i => new { id = i.ToString() }).ToArray();

        var (response, body) = await PostAsync(new { query = "query($id: ID!) { itemById(id: $id) { id name } }", variables }, "application/jsonl");

        Assert.Equal("application/jsonl", response.Content.Headers.ContentType!.MediaType);
        // The whole batch is written at once, with its length, not chunk by chunk.
        Assert.Equal(Encoding.UTF8.GetByteCount(body), response.Content.Headers.ContentLength);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
        var lines = Lines(body);
        Assert.Equal(100, lines.Count);
        foreach (var line in lines)
        {
            var index = line.GetProperty("variableIndex").GetInt32();
            Assert.Equal((index + 1).ToString(), line.GetProperty("data").GetProperty("itemById").GetProperty("id").GetString());
        }
        Assert.Equal(Enumerable.Range(0, 100), lines.Select(l => l.GetProperty("variableIndex").GetInt32()).Order());
        var fetch = Assert.Single(_server.Store.Fetches);
        Assert.Equal(100, fetch.Count);
    }

    [Fact]
    public async Task Repeated_keys_in_a_variable_batch_share_one_fetch()
    {
        // Execution 1 asks only for a key that execution 0 already queued: it must still count as waiting,
        // or the scheduler would wait for it forever.
        var variables = new[] { new { id = "8" }, new { id = "8" }, new { id = "9" }, new { id = "8" } };

        var (_, body) = await PostAsync(new { query = "query($id: ID!) { itemById(id: $id) { id } }", variables }, "application/jsonl").WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["8", "8", "9", "8"], Lines(body).OrderBy(l => l.GetProperty("variableIndex").GetInt32())
            .Select(l => l.GetProperty("data").GetProperty("itemById").GetProperty("id").GetString()));
        // The executions run concurrently, so which of 8 and 9 was queued first is not fixed.
        Assert.Equal(["8", "9"], Assert.Single(_server.Store.Fetches).Order());
    }

    [Fact]
    public async Task Nested_loaders_in_a_variable_batch_fetch_once_per_level()
    {
        var variables = Enumerable.Range(1, 20).Select(i => new { id = i.ToString() }).ToArray();

        var (_, body) = await PostAsync(new { query = "query($id: ID!) { itemById(id: $id) { children { parent { id } children { name } } } }", variables }, "application/jsonl");

        Assert.Equal(20, Lines(body).Count);
        // itemById, children, children's children: one fetch per level for all 20 executions.
        // The second children level asks for items 2..41, of which 2..20 are cached from the first
        // level, so it fetches only 21..41; the parents (1..20) were all loaded by itemById.
        Assert.Equal([20, 20, 21], _server.Store.Fetches.Select(f => f.Count));
    }

    [Fact]
    public async Task Request_batch_answers_jsonl_with_request_index()
    {
        var (response, body) = await PostAsync(new object[]
        {
            new { query = "{ hello }" },
            new { query = "query($id: ID!) { itemById(id: $id) { name } }", variables = new object[] { new { id = "4" }, new { id = "9" } } },
        }, "application/jsonl");

        Assert.Equal("application/jsonl", response.Content.Headers.ContentType!.MediaType);
        var lines = Lines(body);
        Assert.Equal(3, lines.Count);
        var first = Assert.Single(lines, l => l.GetProperty("requestIndex").GetInt32() == 0);
        Assert.False(first.TryGetProperty("variableIndex", out _));
        Assert.Equal("world", first.GetProperty("data").GetProperty("hello").GetString());
        var second = lines.Where(l => l.GetProperty("requestIndex").GetInt32() == 1)
            .ToDictionary(l => l.GetProperty("variableIndex").GetInt32(), l => l.GetProperty("data").GetProperty("itemById").GetProperty("name").GetString());
        Assert.Equal("item 4", second[0]);
        Assert.Equal("item 9", second[1]);
        Assert.Single(_server.Store.Fetches);
    }

    [Fact]
    public async Task Request_batch_without_jsonl_accept_answers_a_json_array_in_order()
    {
        var (response, body) = await PostAsync(new object[]
        {
            new { query = "{ itemById(id: 2) { name } }" },
            new { query = "{ nope }" },
        }, "application/json");

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var array = JsonDocument.Parse(body).RootElement;
        Assert.Equal(2, array.GetArrayLength());
        Assert.Equal(0, array[0].GetProperty("requestIndex").GetInt32());
        Assert.Equal("item 2", array[0].GetProperty("data").GetProperty("itemById").GetProperty("name").GetString());
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", array[1].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Batch_over_the_limit_is_refused()
    {
        var variables = Enumerable.Range(1, 1001).Select(i => new { id = i.ToString() }).ToArray();

        var (response, body) = await PostAsync(new { query = "query($id: ID!) { itemById(id: $id) { id } }", variables }, "application/jsonl");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("BATCH_TOO_LARGE", body);
        Assert.Empty(_server.Store.Fetches);
    }

    [Fact]
    public async Task Missing_entities_are_null_without_breaking_the_batch()
    {
        var (_, body) = await PostAsync(new { query = "query($id: ID!) { itemById(id: $id) { id } }", variables = new object[] { new { id = "1" }, new { id = "5000" } } }, "application/jsonl");

        var lines = Lines(body).ToDictionary(l => l.GetProperty("variableIndex").GetInt32());
        Assert.Equal("1", lines[0].GetProperty("data").GetProperty("itemById").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("data").GetProperty("itemById").ValueKind);
    }
}
