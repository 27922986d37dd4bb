using System.Runtime.CompilerServices;

namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>
/// Runs database work one at a time per EF query provider, i.e. per DbContext instance. GraphQL.NET resolves
/// sibling fields concurrently (two connection fields in one query), but a DbContext allows only one
/// operation at a time. Other resolvers that use the request's DbContext can share the gate.
/// </summary>
public static class QueryGate
{
    private static readonly ConditionalWeakTable<IQueryProvider, SemaphoreSlim> Gates = new();

    public static async Task<T> RunAsync<T>(IQueryable query, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var gate = Gates.GetValue(query.Provider, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            gate.Release();
        }
    }
}
