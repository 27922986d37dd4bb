using System.Linq.Expressions;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>Adds HotChocolate-shaped paged list fields (cursor connections with <c>where</c> and <c>order</c>).</summary>
public static class ConnectionExtensions
{
    /// <summary>
    /// Adds <c>name(first: Int, after: String, last: Int, before: String, where: {Type}FilterInput,
    /// order: [{Type}SortInput!]): {Name}Connection</c> to <paramref name="parent"/>.
    /// </summary>
    /// <param name="query">The rows to page over, e.g. from the DbContext in <c>context.RequestServices</c>.</param>
    /// <param name="key">A unique column: the last sort key (so pages are stable) and always loaded.</param>
    /// <param name="options">Page sizes for this field; otherwise a registered <see cref="PagingOptions"/> or the defaults.</param>
    /// <param name="connectionName">The prefix of the connection and edge type names; defaults to the field name, pascal-cased.</param>
    public static FieldType Connection<TEntity, TGraph>(
        this IComplexGraphType parent,
        string name,
        Func<IResolveFieldContext, IQueryable<TEntity>> query,
        Expression<Func<TEntity, object?>> key,
        PagingOptions? options = null,
        string? connectionName = null)
        where TGraph : ObjectGraphType<TEntity>
    {
        var prefix = connectionName ?? char.ToUpperInvariant(name[0]) + name[1..];
        var resolver = new ConnectionResolver<TEntity>(query, key, options);
        var field = new FieldType
        {
            Name = name,
            ResolvedType = new ConnectionGraphType<TEntity, TGraph>(prefix),
            Arguments = new QueryArguments(
                new QueryArgument<IntGraphType> { Name = "first", Description = "Returns the first _n_ elements from the list." },
                new QueryArgument<StringGraphType> { Name = "after", Description = "Returns the elements in the list that come after the specified cursor." },
                new QueryArgument<IntGraphType> { Name = "last", Description = "Returns the last _n_ elements from the list." },
                new QueryArgument<StringGraphType> { Name = "before", Description = "Returns the elements in the list that come before the specified cursor." },
                new QueryArgument<FilterInputType<TGraph>> { Name = "where" },
                new QueryArgument<ListGraphType<NonNullGraphType<SortInputType<TGraph>>>> { Name = "order" }),
            Resolver = new FuncFieldResolver<object>(context => new ValueTask<object?>(resolver.ResolveAsync(context))),
        };
        parent.AddField(field);
        return field;
    }
}
