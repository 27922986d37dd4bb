namespace FederatedGraph.Launcher;

/// <summary>One long-running process of the federation: a subgraph or the gateway, run as <c>dotnet &lt;dll&gt; &lt;arguments&gt;</c>.</summary>
internal sealed record ProcessSpec(string Name, string Dll, int Port, IReadOnlyList<string> Arguments)
{
    /// <summary>Every process listens on loopback only, like the subgraphs and the gateway do by default.</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public string GraphQLUrl => $"{BaseUrl}/graphql";

    public string HealthUrl => $"{BaseUrl}/health";
}
