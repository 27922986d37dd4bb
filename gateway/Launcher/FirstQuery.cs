namespace FederatedGraph.Launcher;

/// <summary>The federated query of first-query.graphql: printed as a curl command when all is ready, and the one a new
/// document in the gateway's Banana Cake Pop starts with.</summary>
internal static class FirstQuery
{
    /// <summary>The file as written, on several lines.</summary>
    public static string Text { get; } = Read();

    private static string Read()
    {
        using var stream = typeof(FirstQuery).Assembly.GetManifestResourceStream("first-query.graphql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Trim();
    }
}
