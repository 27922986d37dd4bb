using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace FederatedGraph.Tests.Shared;

/// <summary>
/// Sends generated hostile requests (<see cref="HostileRequestGenerator"/>) to an endpoint and checks each answer:
/// no 5xx, an answer within <see cref="Timeout"/>, a body that is JSON (a JSON line each under application/jsonl) and
/// readable text, and every error with an <c>extensions.code</c> other than INTERNAL_ERROR. Case <c>i</c> of a seed is
/// always the same request, so a failure names what to send again. Who asks is the client's: its default headers.
/// </summary>
public sealed class HostileRequestFuzzer(HttpClient client, HostileRequestGenerator generator)
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The requests come from a caller that may ask nothing: every answer must then be a 401 or 403 without data.</summary>
    public bool CallerIsRefused { get; init; }

    /// <summary>A client of the same server that may ask nothing: without a token, or with the development token but no purpose.</summary>
    public static HttpClient CallerWithoutRights(Uri baseAddress, bool withToken)
    {
        var client = new HttpClient { BaseAddress = baseAddress };
        if (withToken) client.DefaultRequestHeaders.Authorization = new("Bearer", Security.Testing.TestIssuer.Token(Security.Testing.SampleCallers.Development));
        return client;
    }

    /// <summary>Sends the cases of <paramref name="seed"/> and fails the test with the first ten that failed.</summary>
    public async Task AssertNoFailureAsync(int seed, int count)
    {
        var failures = await RunAsync(seed, count);
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} requests failed:\n" + string.Join("\n", failures.Take(10)));
    }

    /// <summary>Sends cases 0 to <paramref name="count"/> - 1 of <paramref name="seed"/>, a few at a time, and returns a
    /// description of each that failed, in case order.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(int seed, int count)
    {
        var failures = new string?[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var request = generator.Next(new Random(seed * 1_000_003 + i));
            var failure = await CheckAsync(request);
            if (failure is not null) failures[i] = $"seed {seed} case {i}: {failure}\n    {request}";
        });
        return failures.OfType<string>().ToList();
    }

    private async Task<string?> CheckAsync(HostileRequest request)
    {
        using var message = new HttpRequestMessage(request.Method, request.Target);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        }
        if (request.Accept is not null) message.Headers.TryAddWithoutValidation("Accept", request.Accept);

        using var timeout = new CancellationTokenSource(Timeout);
        int status;
        MediaTypeHeaderValue? contentType;
        byte[] body;
        try
        {
            using var response = await client.SendAsync(message, timeout.Token);
            status = (int)response.StatusCode;
            contentType = response.Content.Headers.ContentType;
            body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return $"no answer within {Timeout.TotalSeconds} s";
        }
        catch (HttpRequestException exception)
        {
            return $"the connection failed: {exception.Message}";
        }

        if (status >= 500) return $"HTTP {status}: {Describe(body)}";
        // Banana Cake Pop answers browsers that ask for a page with it.
        if (contentType?.MediaType == "text/html" && request.Accept?.Contains("text/html") == true) return null;
        if (!Utf8.IsValid(body)) return $"HTTP {status}: the body is not UTF-8";
        if (CallerIsRefused && status is not (401 or 403)) return $"HTTP {status} for a caller that may ask nothing: {Describe(body)}";
        try
        {
            var results = contentType?.MediaType == "application/jsonl"
                ? Encoding.UTF8.GetString(body).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => Parse(Encoding.UTF8.GetBytes(line))).ToList()
                : Results(Parse(body));
            if (results.Count == 0) return $"HTTP {status}: no result in {Describe(body)}";
            foreach (var result in results)
            {
                if (ErrorProblem(result, status) is { } problem)
                    return $"HTTP {status}: {problem} in {Describe(body)}";
                if (CallerIsRefused && result.TryGetProperty("data", out _))
                    return $"HTTP {status}: data for a caller that may ask nothing: {Describe(body)}";
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return $"HTTP {status}: the body is no readable JSON ({exception.Message}): {Describe(body)}";
        }
        return null;
    }

    private static JsonElement Parse(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 1000 });
        ReadAllStrings(document.RootElement);
        return document.RootElement.Clone();
    }

    /// <summary>Reads every string, which throws on one that is not text (an unpaired surrogate escape).</summary>
    private static void ReadAllStrings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                element.GetString();
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) ReadAllStrings(item);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    ReadAllStrings(property.Value);
                }
                break;
        }
    }

    /// <summary>The GraphQL results in a body: one object, or a list of them for a batch under application/json.</summary>
    private static List<JsonElement> Results(JsonElement body)
        => body.ValueKind == JsonValueKind.Array ? [.. body.EnumerateArray()] : [body];

    private static string? ErrorProblem(JsonElement result, int status)
    {
        if (result.ValueKind != JsonValueKind.Object) return "a result that is no JSON object";
        if (!result.TryGetProperty("errors", out var errors))
            return status is >= 200 and < 300 ? null : "an error status without errors";
        if (errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0) return "\"errors\" that is no list of errors";
        foreach (var error in errors.EnumerateArray())
        {
            var code = error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var c)
                && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            if (code is null) return "an error without extensions.code";
            if (code == "INTERNAL_ERROR") return "INTERNAL_ERROR";
        }
        return null;
    }

    private static string Describe(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        return text.Length <= 400 ? text : text[..400] + "…";
    }
}

/// <summary>
/// The fuzz test every endpoint gets, for a test class that starts the endpoint: thousands of generated hostile requests
/// as the development caller (which may ask everything) and as callers without rights. None may get a 5xx, hang,
/// answer anything but JSON, carry an error without a code or with INTERNAL_ERROR, or, without rights, any data.
/// </summary>
public abstract class HostileRequestSuite : IAsyncLifetime
{
    private const int CasesPerSeed = 1000;

    /// <summary>The endpoint's client, carrying the development caller's token and purpose.</summary>
    protected abstract HttpClient Client { get; }

    /// <summary>Valid operations and names of the endpoint's schema that the generator breaks in every way it knows.</summary>
    protected abstract HostileVocabulary Vocabulary { get; }

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public Task Hostile_requests_get_JSON_with_coded_errors_and_never_a_5xx(int seed)
        => new HostileRequestFuzzer(Client, new HostileRequestGenerator(Vocabulary)).AssertNoFailureAsync(seed, CasesPerSeed);

    /// <summary>The same requests without a token, or with one but without a purpose: never any data, only 401 or 403.</summary>
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public async Task Hostile_requests_from_a_caller_without_rights_get_no_data(int seed, bool withToken)
    {
        using var client = HostileRequestFuzzer.CallerWithoutRights(Client.BaseAddress!, withToken);
        await new HostileRequestFuzzer(client, new HostileRequestGenerator(Vocabulary)) { CallerIsRefused = true }.AssertNoFailureAsync(seed, CasesPerSeed);
    }
}
