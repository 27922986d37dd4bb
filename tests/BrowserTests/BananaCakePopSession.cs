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
    private readonly ConcurrentQueue<string> _requests = new();

    private BananaCakePopSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        // On the context, not the page: it also sees the IDE's web workers.
        context.Request += (_, request) => _requests.Enqueue(request.Url);
    }

    public IPage Page { get; }

    public IReadOnlyCollection<string> RequestedUrls => _requests;

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
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create Document" }).ClickAsync();
        // Running before the IDE has the schema, or right after reformatting the document, now and then sent
        // a request without the operation: wait for the schema, and run the document as typed.
        await Page.GetByText("Schema available").WaitForAsync();
        var editor = Page.Locator(".monaco-editor[data-uri^='file:///operations/']");
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
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create Document" }).ClickAsync();
        await Page.GetByText("Schema available").WaitForAsync();
        var editor = Page.Locator(".monaco-editor[data-uri^='file:///operations/']");
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
    /// Opens a document's Schema Reference once the IDE has loaded the schema, finds a type in the type list
    /// and opens its documentation.
    /// </summary>
    public async Task<ILocator> ShowTypeAsync(string typeName)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create Document" }).ClickAsync();
        await Page.GetByText("Schema available").WaitForAsync();
        var typeFilter = Page.GetByPlaceholder("Filter...");
        // Now and then the Schema Reference shows "No Schema" although the schema has loaded, and stays so
        // when the schema is reloaded or the view switched: reload the page, as a person would; the IDE
        // keeps the open document and its schema.
        for (var attempt = 1; ; attempt++)
        {
            await Page.GetByText("Schema Reference", new() { Exact = true }).ClickAsync();
            try
            {
                await typeFilter.WaitForAsync(new() { Timeout = 5_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 4)
            {
                await Page.ReloadAsync();
                await Page.GetByText("Schema available").WaitForAsync();
            }
        }
        await typeFilter.FillAsync(typeName);
        await Page.GetByRole(AriaRole.Button, new() { Name = typeName, Exact = true }).ClickAsync();
        return Page.GetByRole(AriaRole.Heading, new() { Name = typeName, Exact = true });
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
