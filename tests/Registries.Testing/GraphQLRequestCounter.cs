using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace FederatedGraph.Registries.Testing;

/// <summary>Counts the requests that reach a test server's <c>/graphql</c>, before anything else of the pipeline sees them.</summary>
public sealed class GraphQLRequestCounter : IStartupFilter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, nextMiddleware) =>
        {
            if (http.Request.Path.StartsWithSegments("/graphql")) Interlocked.Increment(ref _count);
            return nextMiddleware(http);
        });
        next(app);
    };
}
