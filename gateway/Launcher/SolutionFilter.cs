using System.Text.Json;

namespace FederatedGraph.Launcher;

/// <summary>
/// A solution filter (<c>.slnf</c>) naming only the projects the launcher runs, so that one <c>dotnet build</c> of it
/// builds those and what they reference, in parallel, and leaves the test projects alone. It lives in a temporary
/// file for one build.
/// </summary>
internal sealed class SolutionFilter : IDisposable
{
    private SolutionFilter(string path) => Path = path;

    public string Path { get; }

    /// <param name="solution">The solution the projects belong to; a project it does not list fails the build, naming it.</param>
    /// <param name="projects">Project files, absolute.</param>
    public static SolutionFilter Write(string solution, IEnumerable<string> projects)
    {
        var solutionDirectory = System.IO.Path.GetDirectoryName(solution)!;
        var json = JsonSerializer.Serialize(new
        {
            solution = new
            {
                path = solution,
                projects = projects.Select(project => System.IO.Path.GetRelativePath(solutionDirectory, project)).ToArray(),
            },
        });
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"federatedgraph-launcher-{Guid.NewGuid():N}.slnf");
        File.WriteAllText(path, json);
        return new SolutionFilter(path);
    }

    public void Dispose() => File.Delete(Path);
}
