using FederatedGraph.Composition.SourceSchemas;

namespace FederatedGraph.Gateway.Composer;

/// <summary>Fetches each source schema's SDL from its running subgraph: <c>GET &lt;url&gt;/schema.graphqls</c>.</summary>
internal sealed class SourceSchemaFetcher(HttpClient http)
{
    /// <summary>The environment variable holding the bearer token sent to the registries.</summary>
    public const string TokenVariable = "FEDERATEDGRAPH_TOKEN";

    /// <summary>All schemas at once; when some cannot be fetched, one exception names every one of them.</summary>
    public async Task<IReadOnlyList<SourceSchema>> FetchAsync(IReadOnlyList<(string Name, SourceSchemaSettings Settings)> settings)
    {
        var fetches = settings.Select(s => FetchAsync(s.Name, s.Settings)).ToList();
        try
        {
            return await Task.WhenAll(fetches);
        }
        catch (SourceSchemaException)
        {
            var failures = fetches.Where(f => f.IsFaulted).Select(f => f.Exception!.InnerException!.Message);
            throw new SourceSchemaException(string.Join("\n", failures));
        }
    }

    private async Task<SourceSchema> FetchAsync(string name, SourceSchemaSettings settings)
    {
        if (settings.Url is not { } url)
            throw new SourceSchemaException($"The settings of {name} have no url, so its schema cannot be fetched. Add \"url\" to schema/{name}/{SourceSchemaDirectory.SettingsFileName}.");

        // An Apollo subgraph serves its SDL through the federation query, not as a file.
        if (settings.ApolloFederation)
            return new SourceSchema(name, await Composition.Apollo.ApolloServiceSdl.FetchAsync(http, name, url), settings);

        var address = url.TrimEnd('/') + "/schema.graphqls";
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            // Registries serve their schema to known callers only.
            if (Environment.GetEnvironmentVariable(TokenVariable) is { Length: > 0 } token) request.Headers.Authorization = new("Bearer", token);
            using var response = await http.SendAsync(request);
            if (response.StatusCode == System.Net.HttpStatusCode.Unauthorized)
                throw new SourceSchemaException($"The {name} subgraph wants a bearer token for {address}: set {TokenVariable} to a token it accepts (the launcher prints one).");
            if (!response.IsSuccessStatusCode)
                throw new SourceSchemaException($"The {name} subgraph answered {(int)response.StatusCode} {response.ReasonPhrase} for {address}. Check that it is the {name} subgraph and that it serves its schema there.");
            return new SourceSchema(name, await response.Content.ReadAsStringAsync(), settings);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            var reason = e is TaskCanceledException ? "no answer in time" : e.Message;
            throw new SourceSchemaException($"Cannot fetch the {name} schema from {address} ({reason}). Is the {name} subgraph running? Start the subgraphs with 'bash scripts/run.sh', or compose from the committed files without --from-urls.");
        }
    }
}
