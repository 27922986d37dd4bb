namespace FederatedGraph.Launcher;

/// <summary>The dotnet executable that runs the builds and the built dlls.</summary>
internal static class DotnetHost
{
    /// <summary>The host running the launcher when it was started as <c>dotnet launcher.dll</c>; otherwise dotnet from PATH.</summary>
    public static string Path { get; } =
        System.IO.Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
}
