namespace FederatedGraph.Checkout;

/// <summary>The folder holding FederatedGraph.sln: where schema/, gateway/ and subgraphs/ of a checkout are.</summary>
public static class RepositoryRoot
{
    public const string SolutionFile = "FederatedGraph.sln";

    /// <summary>
    /// From <paramref name="start"/> up; without one, from the working directory up and then from the program's own
    /// folder up (so <c>dotnet run --project</c> and test hosts find it from anywhere). Null outside a checkout.
    /// </summary>
    public static string? TryFind(string? start = null)
    {
        foreach (var from in start is null ? [Directory.GetCurrentDirectory(), AppContext.BaseDirectory] : new[] { start })
            for (var directory = new DirectoryInfo(from); directory is not null; directory = directory.Parent)
                if (File.Exists(System.IO.Path.Combine(directory.FullName, SolutionFile))) return directory.FullName;
        return null;
    }

    /// <summary>As <see cref="TryFind"/>, for callers that cannot go on without a checkout.</summary>
    public static string Find(string? start = null)
        => TryFind(start) ?? throw new DirectoryNotFoundException($"{SolutionFile} is not above {start ?? "the working directory or " + AppContext.BaseDirectory}.");

    /// <summary>A path inside the checkout: <c>Path("schema", "gateway.graphqls")</c>.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Find(), .. parts]);
}
