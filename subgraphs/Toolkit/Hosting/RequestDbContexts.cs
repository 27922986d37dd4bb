using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FederatedGraph.Subgraphs.Toolkit.Hosting;

/// <summary>
/// Hands each resolver a DbContext of its own (GraphQL.NET runs resolvers in parallel, and one
/// context must not serve two queries at once) and disposes them all when the HTTP request ends,
/// which is when a lazily enumerated query is certainly done with its context.
/// </summary>
public sealed class RequestDbContexts<TContext>(IDbContextFactory<TContext> factory) : IAsyncDisposable
    where TContext : DbContext
{
    private readonly List<TContext> _created = [];

    public TContext Create()
    {
        var db = factory.CreateDbContext();
        lock (_created) _created.Add(db);
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var db in _created) await db.DisposeAsync();
        _created.Clear();
    }
}

public static class RequestDbContextExtensions
{
    /// <summary>A fresh context for this resolver, disposed at the end of the HTTP request.</summary>
    public static TContext DbContext<TContext>(this IResolveFieldContext context) where TContext : DbContext
        => context.RequestServices!.GetRequiredService<RequestDbContexts<TContext>>().Create();
}
