namespace FederatedGraph.Subgraphs.Toolkit.Hosting;

/// <summary>Finds the repository root (the folder holding FederatedGraph.sln) from the working directory up.</summary>
public static class RepositoryRoot
{
    public static string Find(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FederatedGraph.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FederatedGraph.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Could not find FederatedGraph.sln above the working directory.");
    }
}
