using System.Reflection;
using System.Runtime.Versioning;
using System.Text.Json;
using FederatedGraph.Checkout;

namespace FederatedGraph.Launcher;

/// <summary>A source schema's subgraph as the checkout describes it.</summary>
internal sealed record SourceSchemaProject(string Name, int DefaultPort, string ProjectDirectory);

/// <summary>Where things are in a checkout. The subgraphs are not listed in code: they are the source schemas under
/// <c>schema/</c>, so a new registry is launched as soon as it has its folder there.</summary>
internal sealed class Repository(string root)
{
    public string Root { get; } = root;

    public string Solution => Path.Combine(Root, RepositoryRoot.SolutionFile);

    public string GatewayProject => Path.Combine(Root, "gateway", "Host");

    public string ComposerProject => Path.Combine(Root, "gateway", "Composer");

    /// <summary>The composed gateway configuration, which holds the registries' authorisations.</summary>
    public string GatewayConfigurationFile => Path.Combine(Root, "schema", "gateway-configuration.json");

    public string DefaultDataDirectory => Path.Combine(Root, "data");

    /// <summary>The folder holding FederatedGraph.sln, from the working directory up, else from the launcher's own folder up
    /// (so <c>dotnet run --project &lt;path&gt;</c> works from anywhere).</summary>
    public static Repository Find()
        => new(RepositoryRoot.TryFind() ?? throw new LaunchFailedException(
            "Could not find FederatedGraph.sln above the working directory: run the launcher inside the repository."));

    /// <summary>
    /// Every folder under <c>schema/</c> with a <c>schema-settings.json</c> (see schema/README.md), in the order of their
    /// ports. Its subgraph is the project under <c>subgraphs/</c> with the folder's name, on the port of the settings' URL.
    /// </summary>
    public IReadOnlyList<SourceSchemaProject> SourceSchemas()
    {
        var subgraphs = Path.Combine(Root, "subgraphs");
        var projectDirectories = Directory.Exists(subgraphs) ? Directory.GetDirectories(subgraphs) : [];
        var projects = new List<SourceSchemaProject>();
        var settingsFiles = Directory.GetDirectories(Path.Combine(Root, "schema"))
            .Select(folder => Path.Combine(folder, "schema-settings.json"))
            .Where(File.Exists);
        foreach (var settings in settingsFiles)
        {
            var name = Path.GetFileName(Path.GetDirectoryName(settings)!);
            var project = projectDirectories
                .FirstOrDefault(dir => string.Equals(Path.GetFileName(dir), name, StringComparison.OrdinalIgnoreCase))
                ?? throw new LaunchFailedException($"Source schema '{name}' has no project under subgraphs/ to run.");
            projects.Add(new SourceSchemaProject(name, PortOf(settings), project));
        }
        return projects.OrderBy(project => project.DefaultPort).ToList();
    }

    /// <summary>The project file in <paramref name="projectDirectory"/>, or null when the checkout has no such project.</summary>
    public static string? ProjectFile(string projectDirectory)
        => Directory.Exists(projectDirectory) ? Directory.GetFiles(projectDirectory, "*.csproj").SingleOrDefault() : null;

    /// <summary>The dll a project builds, or null when the checkout has no such project.</summary>
    public static string? BuiltAssembly(string projectDirectory, string configuration)
    {
        var project = ProjectFile(projectDirectory);
        if (project is null) return null;
        // Every project targets the framework of Directory.Build.props, the launcher included. (Its own attribute, not
        // AppContext's: that names the entry program's framework, which under a test host is another.)
        var framework = new FrameworkName(typeof(Repository).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName).Version;
        return Path.Combine(projectDirectory, "bin", configuration, $"net{framework.Major}.{framework.Minor}",
            Path.GetFileNameWithoutExtension(project) + ".dll");
    }

    private static int PortOf(string settingsFile)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(settingsFile));
            if (json.RootElement.TryGetProperty("url", out var url) && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri))
                return uri.Port;
        }
        catch (JsonException exception)
        {
            throw new LaunchFailedException($"{settingsFile} is not valid JSON: {exception.Message}");
        }
        throw new LaunchFailedException($"{settingsFile} has no url, so the launcher does not know the subgraph's port.");
    }
}
