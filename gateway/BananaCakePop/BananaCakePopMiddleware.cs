using Microsoft.AspNetCore.Http;

namespace FederatedGraph.BananaCakePop;

/// <summary>
/// Answers a browser's visit to the GraphQL endpoint with the IDE, and the IDE's request for its preset.
/// Everything else, GraphQL GETs with <c>query=</c> and all POSTs included, goes on to the endpoint.
/// </summary>
internal sealed class BananaCakePopMiddleware(RequestDelegate next, PathString endpoint, BananaCakePopPage page, BananaCakePopOptions options)
{
    private readonly PathString _configuration = endpoint.Add("/bcp-config.json");

    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return next(http);

        if (request.Path.Equals(endpoint, StringComparison.OrdinalIgnoreCase) && IsBrowserVisit(request))
            return WriteAsync(http, "text/html; charset=utf-8", page.Render(request.PathBase.Add(endpoint)));
        if (request.Path.Equals(_configuration, StringComparison.OrdinalIgnoreCase))
            return WriteAsync(http, "application/json; charset=utf-8",
                BananaCakePopConfiguration.For(options, request.PathBase.Add(endpoint)).ToJson());
        return next(http);
    }

    /// <summary>A page load, not a GraphQL request: the browser asks for HTML and sends no operation.</summary>
    private static bool IsBrowserVisit(HttpRequest request) =>
        !request.Query.ContainsKey("query") &&
        request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    private static Task WriteAsync(HttpContext http, string contentType, string body)
    {
        http.Response.ContentType = contentType;
        // Small and built per endpoint: always revalidated, so a new IDE version is picked up at once.
        http.Response.Headers.CacheControl = "no-cache";
        return HttpMethods.IsHead(http.Request.Method) ? Task.CompletedTask : http.Response.WriteAsync(body, http.RequestAborted);
    }
}
