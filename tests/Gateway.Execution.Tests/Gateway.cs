using FederatedGraph.Security.Testing;
using FederatedGraph.Checkout;
using System.Text.Json;
using FederatedGraph.Gateway.Configuration;
using GraphQLParser;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Gateway.Execution.Tests;

/// <summary>An executor built the way the host builds it, over a configuration and subgraph URLs.</summary>
public sealed class Gateway : IDisposable
{
    private readonly ServiceProvider _services;

    public Gateway(GatewayConfiguration configuration, IDictionary<string, string> urls, Action<GatewayExecutionOptions>? configure = null,
        IReadOnlyDictionary<string, IReadOnlySet<string>>? publicEnums = null)
    {
        var options = new GatewayExecutionOptions { SourceSchemaUrls = urls, SubgraphHandler = Requests.HandlerFor };
        configure?.Invoke(options);
        _services = new ServiceCollection().AddGatewayExecution(configuration, options, publicEnums).BuildServiceProvider();
        Executor = _services.GetRequiredService<IGatewayExecutor>();
    }

    public static GatewayConfiguration CommittedConfiguration { get; } = GatewayConfigurationJson.Read(
        File.ReadAllText(Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "schema", "gateway-configuration.json")));

    public IGatewayExecutor Executor { get; }

    public RequestCounter Requests { get; } = new();

    /// <summary>Runs the operation and returns the response as the host would write it.</summary>
    public async Task<JsonElement> ExecuteAsync(string query, object? variables = null, IReadOnlyList<KeyValuePair<string, string>>? headers = null,
        bool includePlan = false, string? operationName = null)
    {
        JsonElement? variableJson = variables is null ? null : JsonSerializer.SerializeToElement(variables);
        using var result = await Executor.ExecuteAsync(
            new GatewayRequest(Parser.Parse(query), operationName, variableJson, headers ?? TestIssuer.DeveloperHeaders, includePlan), CancellationToken.None);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) result.WriteTo(writer);
        return JsonDocument.Parse(buffer.ToArray()).RootElement;
    }

    public void Dispose() => _services.Dispose();
}
