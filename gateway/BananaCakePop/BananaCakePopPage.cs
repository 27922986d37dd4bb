using System.Net;

namespace FederatedGraph.BananaCakePop;

/// <summary>
/// The IDE's start page for one endpoint. It is served at the endpoint itself (<c>/graphql</c>), while the
/// package's <c>index.html</c> loads its scripts by relative URLs (<c>static/js/...</c>); a <c>&lt;base&gt;</c>
/// element points those at the files under the endpoint (<c>/graphql/static/js/...</c>). A small script of ours
/// (<c>SchemaReferenceAfterIndexing.js</c>) runs before the IDE's own: it makes the Schema Reference wait until the
/// IDE has indexed the schema, where Banana Cake Pop 18 shows "No Schema" until a reload when it is opened earlier.
/// </summary>
internal sealed class BananaCakePopPage
{
    private const string Head = "<head>";
    private static readonly string Script = LoadScript("SchemaReferenceAfterIndexing.js");
    private readonly string _beforeBase;
    private readonly string _afterBase;

    /// <summary>Checks the package's page once, at startup, and sets its title.</summary>
    public BananaCakePopPage(string indexHtml, string title)
    {
        var head = indexHtml.IndexOf(Head, StringComparison.Ordinal);
        var titleStart = indexHtml.IndexOf("<title>", StringComparison.Ordinal);
        var titleEnd = indexHtml.IndexOf("</title>", StringComparison.Ordinal);
        if (head < 0 || titleStart < head || titleEnd < titleStart)
            throw new InvalidOperationException("The Banana Cake Pop index.html has no <head> with a <title>: has the package changed?");

        var withTitle = indexHtml[..titleStart] + $"<title>{WebUtility.HtmlEncode(title)}</title>" + indexHtml[(titleEnd + "</title>".Length)..];
        var insertAt = head + Head.Length;
        // The ChilliCream License asks modified copies to say that they were modified.
        _beforeBase = withTitle[..insertAt] +
            "<!-- Modified by FederatedGraph: <base> and <title> set for this endpoint; a script added that makes the Schema Reference wait for the schema's index. -->";
        _afterBase = $"<script>{Script}</script>" + withTitle[insertAt..];
    }

    /// <param name="endpointPath">The endpoint as the browser sees it, path base included (e.g. <c>/graphql</c>).</param>
    public string Render(string endpointPath) =>
        $"{_beforeBase}<base href=\"{WebUtility.HtmlEncode(endpointPath)}/\"/>{_afterBase}";

    private static string LoadScript(string name)
    {
        using var stream = typeof(BananaCakePopPage).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in {typeof(BananaCakePopPage).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd();
        if (script.Contains("</script", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{name} cannot be inlined: it contains </script.");
        return script;
    }
}
