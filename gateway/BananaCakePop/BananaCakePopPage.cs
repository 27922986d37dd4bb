using System.Net;

namespace FederatedGraph.BananaCakePop;

/// <summary>
/// The IDE's start page for one endpoint. It is served at the endpoint itself (<c>/graphql</c>), while the
/// package's <c>index.html</c> loads its scripts by relative URLs (<c>static/js/...</c>); a <c>&lt;base&gt;</c>
/// element points those at the files under the endpoint (<c>/graphql/static/js/...</c>).
/// </summary>
internal sealed class BananaCakePopPage
{
    private const string Head = "<head>";
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
        _beforeBase = withTitle[..insertAt] + "<!-- Modified by FederatedGraph: <base> and <title> set for this endpoint. -->";
        _afterBase = withTitle[insertAt..];
    }

    /// <param name="endpointPath">The endpoint as the browser sees it, path base included (e.g. <c>/graphql</c>).</param>
    public string Render(string endpointPath) =>
        $"{_beforeBase}<base href=\"{WebUtility.HtmlEncode(endpointPath)}/\"/>{_afterBase}";
}
