using System.Text.Json;

namespace FederatedGraph.Gateway.Execution.Tests;

internal static class Json
{
    public static JsonElement Data(this JsonElement response) => response.GetProperty("data");

    public static JsonElement[] Errors(this JsonElement response)
        => response.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    public static string Code(this JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString()!;

    public static string? Subgraph(this JsonElement error)
        => error.GetProperty("extensions").TryGetProperty("subgraph", out var subgraph) ? subgraph.GetString() : null;

    public static string PathText(this JsonElement error) => string.Join('.', error.GetProperty("path").EnumerateArray().Select(s => s.ToString()));

    public static JsonElement[] Nodes(this JsonElement connection) => [.. connection.GetProperty("nodes").EnumerateArray()];

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
