using Microsoft.Extensions.FileProviders;

namespace FederatedGraph.BananaCakePop;

/// <summary>
/// The IDE's built files as the build copied them from the npm package to <c>&lt;output&gt;/bananacakepop/</c>,
/// and its start page prepared for one endpoint.
/// </summary>
public sealed class BananaCakePopAssets
{
    private const string FolderName = "bananacakepop";

    private BananaCakePopAssets(string folder, string indexHtml)
    {
        Files = new PhysicalFileProvider(folder);
        IndexHtml = indexHtml;
    }

    /// <summary>Every file the IDE loads: scripts, styles, fonts, icons, and the LICENSE.</summary>
    public IFileProvider Files { get; }

    /// <summary>The package's own <c>index.html</c>, unchanged.</summary>
    public string IndexHtml { get; }

    /// <summary>Loads the files next to the running application; fails at startup, not on the first browser visit.</summary>
    public static BananaCakePopAssets Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, FolderName);
        var index = Path.Combine(folder, "index.html");
        if (!File.Exists(index))
            throw new InvalidOperationException(
                $"The Banana Cake Pop IDE files are missing ({index}). Build the project again: building " +
                "FederatedGraph.BananaCakePop installs them with 'npm ci' in gateway/BananaCakePop.");
        return new BananaCakePopAssets(folder, File.ReadAllText(index));
    }
}
