namespace FederatedGraph.Gateway;

/// <summary>Where the two files composition wrote are: the configured paths, or <c>schema/</c> beside FederatedGraph.sln.</summary>
public static class GatewayFiles
{
    public static string SchemaPath(GatewayOptions options)
        => options.SchemaPath ?? Path.Combine(RepositoryRoot(), "schema", "gateway.graphqls");

    public static string ConfigurationPath(GatewayOptions options)
        => options.ConfigurationPath ?? Path.Combine(RepositoryRoot(), "schema", "gateway-configuration.json");

    /// <summary>From the working directory up, then from the program's folder up (dotnet run, tests).</summary>
    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "FederatedGraph.sln"))) return dir.FullName;
        throw new GatewayStartupException(
            "Could not find FederatedGraph.sln above the working directory; set Gateway:SchemaPath and Gateway:ConfigurationPath.");
    }
}

/// <summary>The gateway cannot start: its files are missing or invalid, or its settings contradict them.</summary>
public sealed class GatewayStartupException(string message, Exception? inner = null) : Exception(message, inner);
