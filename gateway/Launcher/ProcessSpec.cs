namespace FederatedGraph.Launcher;

/// <summary>One long-running process of the federation: a subgraph or the gateway, run as <c>dotnet &lt;dll&gt; &lt;arguments&gt;</c>, or
/// the trace viewer, a program of its own.</summary>
/// <param name="Program">A .NET dll (run by dotnet) or an executable.</param>
internal sealed record ProcessSpec(string Name, string Program, int Port, IReadOnlyList<string> Arguments)
{
    /// <summary>Environment variables the process gets on top of the launcher's own.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Every process listens on loopback only, like the subgraphs and the gateway do by default.</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public string GraphQLUrl => $"{BaseUrl}/graphql";

    public string HealthUrl => $"{BaseUrl}/health";

    public bool IsDotnet => Program.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
}
