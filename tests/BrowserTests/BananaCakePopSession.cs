using FederatedGraph.Checkout;
using System.Collections.Concurrent;
using FederatedGraph.Subgraphs.Toolkit.Hosting;
using Microsoft.Playwright;

namespace FederatedGraph.BrowserTests;

/// <summary>
/// Banana Cake Pop open in its own browser context, used the way a person uses it: by the buttons, editors
/// and lists on screen. Records every URL the browser requests, to check that the IDE stays on its own host.
/// </summary>
public sealed class BananaCakePopSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<IRequest> _requests = new();
    private int _pageLoads;

    private BananaCakePopSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        // On the context, not the page: it also sees the IDE's web workers, which send the GraphQL requests.
        context.Request += (_, request) => _requests.Enqueue(request);
        page.Load += (_, _) => Interlocked.Increment(ref _pageLoads);
    }

    public IPage Page { get; }

    public IReadOnlyCollection<string> RequestedUrls => _requests.Select(request => request.Url).ToList();

    /// <summary>The GraphQL requests (POSTs) the IDE has sent so far, its introspection included.</summary>
    public IReadOnlyCollection<IRequest> GraphQLPosts => _requests.Where(request => request.Method == "POST").ToList();

    public static async Task<BananaCakePopSession> OpenAsync(IBrowser browser, string url)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var session = new BananaCakePopSession(context, await context.NewPageAsync());
        await session.Page.GotoAsync(url);
        return session;
    }

    /// <summary>Opens a new document, types the operation into the request editor and runs it.</summary>
    public async Task RunAsync(string operation)
    {
        // Running before the IDE has the schema, or right after reformatting the document, now and then sent
        // a request without the operation: wait for the schema, and run the document as typed.
        await CreateDocumentAsync();
        var editor = RequestEditor;
        await editor.ClickAsync();
        // Inserted as one input, so the editor's bracket auto-closing does not double the braces.
        await Page.Keyboard.InsertTextAsync(operation);
        await Assertions.Expect(editor).ToContainTextAsync(operation.Split(['{', '(', ' '], StringSplitOptions.RemoveEmptyEntries)[0]);
        // Now and then the IDE sends its first run before its document state has caught up with the editor,
        // without a query (our server rightly answers 400): run again, as a person would.
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await Page.GetByRole(AriaRole.Button, new() { Name = "Run Operation" }).ClickAsync();
            await Page.WaitForTimeoutAsync(1_000);
            if (!(await ResultPane.InnerTextAsync()).Contains("MALFORMED_REQUEST", StringComparison.Ordinal)) return;
        }
    }

    /// <summary>
    /// Opens a new document, types <paramref name="partialOperation"/> into the request editor and asks for
    /// completions there (Ctrl+Space), as a person would; returns the editor's suggestion list.
    /// </summary>
    public async Task<ILocator> SuggestAsync(string partialOperation)
    {
        await CreateDocumentAsync();
        var editor = RequestEditor;
        await editor.ClickAsync();
        await Page.Keyboard.InsertTextAsync(partialOperation);
        await Page.Keyboard.PressAsync("Control+Space");
        var suggestions = editor.Locator(".suggest-widget");
        await suggestions.WaitForAsync();
        return suggestions;
    }

    /// <summary>The response editor, where the result of the last run shows.</summary>
    public ILocator ResultPane => Pane("Response");

    /// <summary>
    /// Opens a new document, as "Create Document" on the start page does, and waits until the IDE has loaded the
    /// schema and indexed it.
    /// </summary>
    public async Task CreateDocumentAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create Document" }).ClickAsync();
        await Page.GetByText("Schema available").WaitForAsync();
        // Banana Cake Pop 18 builds its type index in a worker after the schema has arrived, while the builder says
        // "Indexing Schema". Its Schema Reference asks for that index once per tab and schema: asked before the index
        // exists, it would show "No Schema" until a reload; our page holds that answer until the index exists
        // (SchemaReferenceAfterIndexing.js, tested on its own by "Browse Schema" on a first visit). The steps here
        // start from an indexed schema all the same.
        await Page.GetByText("Indexing Schema").WaitForAsync(new() { State = WaitForSelectorState.Hidden });
    }

    /// <summary>The request editor of the open document.</summary>
    public ILocator RequestEditor => Page.Locator(".monaco-editor[data-uri^='file:///operations/']");

    /// <summary>Opens a new document's Schema Reference and returns its type filter.</summary>
    public async Task<ILocator> OpenSchemaReferenceAsync()
    {
        await CreateDocumentAsync();
        await Page.GetByText("Schema Reference", new() { Exact = true }).ClickAsync();
        var typeFilter = Page.GetByPlaceholder("Filter...");
        await typeFilter.WaitForAsync();
        return typeFilter;
    }

    /// <summary>
    /// Opens the Schema Reference the way a first visit does: by "Browse Schema" on the start page, right away,
    /// without waiting for the IDE to load or index the schema. Returns the Schema Reference's type filter.
    /// </summary>
    public async Task<ILocator> BrowseSchemaAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Browse Schema" }).ClickAsync();
        var typeFilter = Page.GetByPlaceholder("Filter...");
        await typeFilter.WaitForAsync();
        return typeFilter;
    }

    /// <summary>How often the page has been loaded in its tab: 1 unless it was reloaded or left.</summary>
    public int PageLoads => _pageLoads;

    /// <summary>The entry of a type in the Schema Reference's type list, after filtering the list by its name.</summary>
    public async Task<ILocator> FindTypeAsync(ILocator typeFilter, string typeName)
    {
        await typeFilter.FillAsync(typeName);
        return Page.GetByRole(AriaRole.Button, new() { Name = typeName, Exact = true });
    }

    /// <summary>Saves what the browser shows to artifacts/screenshots/&lt;name&gt;.png and returns the path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(RepositoryRoot.Find(), "artifacts", "screenshots", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // The pointer off the page, so no tooltip covers what the screenshot is for.
        await Page.Mouse.MoveAsync(0, 0);
        await Page.ScreenshotAsync(new() { Path = path });
        return path;
    }

    /// <summary>A panel of the operation view, from its heading up to the editor it holds.</summary>
    private ILocator Pane(string heading) =>
        Page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })
            .Locator("xpath=ancestor::div[.//div[contains(concat(' ', normalize-space(@class), ' '), ' monaco-editor ')]][1]");

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
