using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FederatedGraph.BananaCakePop;

public static class BananaCakePopExtensions
{
    /// <summary>
    /// Serves Banana Cake Pop at a GraphQL endpoint: a browser opening <paramref name="endpoint"/> gets the
    /// IDE, set up to query that endpoint; its files, preset and license are under
    /// <c><paramref name="endpoint"/>/</c> (<c>/graphql/static/...</c>, <c>/graphql/bcp-config.json</c>,
    /// <c>/graphql/LICENSE</c>). GraphQL requests to the endpoint are not touched.
    /// </summary>
    public static IApplicationBuilder UseBananaCakePop(this IApplicationBuilder app, PathString endpoint, BananaCakePopOptions options)
    {
        var assets = BananaCakePopAssets.Load();
        app.UseMiddleware<BananaCakePopMiddleware>(endpoint, new BananaCakePopPage(assets.IndexHtml, options.Title), options);
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = endpoint,
            FileProvider = assets.Files,
            // LICENSE is the one file without an extension.
            ServeUnknownFileTypes = true,
            DefaultContentType = "text/plain; charset=utf-8",
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = CacheControl(file.Context.Request.Path, endpoint),
        });
        return app;
    }

    /// <summary>Files under <c>static/</c> carry a content hash in their name, so they never change; the rest may.</summary>
    private static string CacheControl(PathString path, PathString endpoint) =>
        path.StartsWithSegments(endpoint.Add("/static"), StringComparison.OrdinalIgnoreCase)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
}
