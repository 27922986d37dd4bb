using System.Text.Json;

namespace FederatedGraph.Launcher.Tests;

public sealed class SolutionFilterTests
{
    [Fact]
    public void It_names_only_the_projects_to_run_relative_to_the_solution_and_is_deleted_after_the_build()
    {
        var root = Path.Combine(Path.GetTempPath(), "checkout");
        var solution = Path.Combine(root, "FederatedGraph.sln");

        string path;
        using (var filter = SolutionFilter.Write(solution,
               [Path.Combine(root, "subgraphs", "Brp", "Brp.csproj"), Path.Combine(root, "gateway", "Host", "Gateway.csproj")]))
        {
            path = filter.Path;
            var json = JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("solution");

            Assert.EndsWith(".slnf", path);
            Assert.Equal(solution, json.GetProperty("path").GetString());
            Assert.Equal([Path.Combine("subgraphs", "Brp", "Brp.csproj"), Path.Combine("gateway", "Host", "Gateway.csproj")],
                json.GetProperty("projects").EnumerateArray().Select(project => project.GetString()));
        }

        Assert.False(File.Exists(path));
    }
}
