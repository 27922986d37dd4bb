using Microsoft.Playwright;

namespace FederatedGraph.BrowserTests;

/// <summary>
/// What every process's Banana Cake Pop must do in a real browser. A test class per process (a registry, the
/// gateway) points the helpers at its own endpoint, operation and data.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class IdeTests(ChromiumFixture chromium)
{
    /// <summary>
    /// Opens the IDE at <paramref name="url"/>, runs <paramref name="operation"/> from the request editor,
    /// checks that <paramref name="expectedText"/> shows in the result pane and that the IDE asked no other host
    /// for anything, and saves a screenshot as artifacts/screenshots/<paramref name="screenshotName"/>.png.
    /// </summary>
    protected Task<BananaCakePopSession> RunInIdeAsync(string url, string operation, string expectedText, string screenshotName) =>
        CheckInIdeAsync(url, screenshotName, async ide =>
        {
            await ide.RunAsync(operation);
            await Assertions.Expect(ide.ResultPane).ToContainTextAsync(expectedText);
        });

    /// <summary>
    /// Opens the IDE at <paramref name="url"/> and its Schema Reference (the type browser): checks that the type list
    /// has <paramref name="listedTypes"/>, opens the last of them (an object type) and
    /// checks that it shows <paramref name="fields"/>, each with its description.
    /// </summary>
    protected Task<BananaCakePopSession> ShowTypeInIdeAsync(string url, string[] listedTypes, (string Name, string Description)[] fields, string screenshotName) =>
        CheckInIdeAsync(url, screenshotName, async ide =>
        {
            var typeFilter = await ide.OpenSchemaReferenceAsync();
            ILocator type = null!;
            foreach (var listed in listedTypes)
            {
                type = await ide.FindTypeAsync(typeFilter, listed);
                await Assertions.Expect(type).ToBeVisibleAsync();
            }
            await type.ClickAsync();
            await Assertions.Expect(ide.Page.GetByRole(AriaRole.Heading, new() { Name = listedTypes[^1], Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(ide.Page.GetByText("Kind of type: Object")).ToBeVisibleAsync();
            foreach (var (name, description) in fields)
            {
                await Assertions.Expect(ide.Page.GetByText(name, new() { Exact = true }).First).ToBeVisibleAsync();
                await Assertions.Expect(ide.Page.GetByText(description, new() { Exact = true })).ToBeVisibleAsync();
            }
        });

    /// <summary>Opens the IDE at <paramref name="url"/>, types <paramref name="partialOperation"/> and checks that autocomplete offers <paramref name="expectedFields"/>.</summary>
    protected Task<BananaCakePopSession> SuggestInIdeAsync(string url, string partialOperation, string[] expectedFields, string screenshotName) =>
        CheckInIdeAsync(url, screenshotName, async ide =>
        {
            var suggestions = await ide.SuggestAsync(partialOperation);
            foreach (var field in expectedFields) await Assertions.Expect(suggestions).ToContainTextAsync(field);
        });

    /// <summary>
    /// Runs the steps in a fresh IDE, then saves the screenshot and checks the IDE's requests. When anything
    /// fails, what the browser showed is saved as artifacts/screenshots/&lt;name&gt;-failed.png.
    /// </summary>
    protected async Task<BananaCakePopSession> CheckInIdeAsync(string url, string screenshotName, Func<BananaCakePopSession, Task> steps)
    {
        var ide = await BananaCakePopSession.OpenAsync(chromium.Browser, url);
        try
        {
            await steps(ide);
            await AssertScreenshotAsync(ide, screenshotName);
            AssertStaysOnLoopback(ide);
            return ide;
        }
        catch
        {
            await ide.ScreenshotAsync(screenshotName + "-failed");
            await ide.DisposeAsync();
            throw;
        }
    }

    private static async Task AssertScreenshotAsync(BananaCakePopSession ide, string name)
    {
        var path = await ide.ScreenshotAsync(name);
        Assert.True(File.Exists(path) && new FileInfo(path).Length > 0, $"no screenshot at {path}");
    }

    /// <summary>No CDN, no telemetry, no sign-in: every request goes to this machine (data: and blob: URLs never leave the page).</summary>
    private static void AssertStaysOnLoopback(BananaCakePopSession ide)
    {
        Assert.NotEmpty(ide.RequestedUrls);
        var elsewhere = ide.RequestedUrls
            .Where(url => !url.StartsWith("data:", StringComparison.Ordinal) && !url.StartsWith("blob:", StringComparison.Ordinal))
            .Where(url => !Uri.TryCreate(url, UriKind.Absolute, out var uri) || !uri.IsLoopback)
            .ToList();
        Assert.Empty(elsewhere);
    }
}
