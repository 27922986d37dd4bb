using System.Text.Json;
using System.Text.Json.Nodes;
using FederatedGraph.Gateway.Configuration;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Gateway.Execution;

/// <summary>One validated operation for the executor, with its coerced variables as JSON.</summary>
public sealed record GatewayRequest(
    GraphQLDocument Document,
    string? OperationName,
    JsonElement? Variables,
    IReadOnlyList<KeyValuePair<string, string>> ForwardedHeaders,
    bool IncludePlan);

/// <summary>Plans and executes an operation over the source schemas.</summary>
public interface IGatewayExecutor
{
    Task<GatewayResult> ExecuteAsync(GatewayRequest request, CancellationToken cancellationToken);
}

/// <summary>A GraphQL response: errors first, then data, then extensions, as the spec recommends.</summary>
public sealed class GatewayResult
{
    public JsonObject? Data { get; init; }

    public IReadOnlyList<JsonObject> Errors { get; init; } = [];

    public JsonObject? Extensions { get; init; }

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in Errors) error.WriteTo(writer);
            writer.WriteEndArray();
        }
        writer.WritePropertyName("data");
        if (Data is null) writer.WriteNullValue();
        else Data.WriteTo(writer);
        if (Extensions is not null)
        {
            writer.WritePropertyName("extensions");
            Extensions.WriteTo(writer);
        }
        writer.WriteEndObject();
    }
}

public sealed class GatewayExecutionOptions
{
    public TimeSpan SubgraphTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The most subgraph requests one operation may cause (<c>FETCH_LIMIT_EXCEEDED</c>).</summary>
    public int MaxFetchesPerOperation { get; set; } = 100;

    /// <summary>Overrides of the source schema URLs in the gateway configuration, by source schema name.</summary>
    public IDictionary<string, string> SourceSchemaUrls { get; set; } = new Dictionary<string, string>();
}

public static class GatewayExecutionServiceCollectionExtensions
{
    public static IServiceCollection AddGatewayExecution(
        this IServiceCollection services, GatewayConfiguration configuration, GatewayExecutionOptions options)
        => services.AddSingleton<IGatewayExecutor, NotConnectedExecutor>();

    /// <summary>Answers every operation with an error until the real executor is merged in.</summary>
    private sealed class NotConnectedExecutor : IGatewayExecutor
    {
        public Task<GatewayResult> ExecuteAsync(GatewayRequest request, CancellationToken cancellationToken)
            => Task.FromResult(new GatewayResult
            {
                Errors =
                [
                    new JsonObject
                    {
                        ["message"] = "The gateway has no executor in this build.",
                        ["extensions"] = new JsonObject { ["code"] = "EXECUTOR_NOT_AVAILABLE" },
                    },
                ],
            });
    }
}
