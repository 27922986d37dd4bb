using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>One page of a connection, as the connection field's resolver returns it.</summary>
public sealed class ConnectionPage<TEntity>(IReadOnlyList<Edge<TEntity>> edges, PageInfo pageInfo, int? totalCount)
{
    public IReadOnlyList<Edge<TEntity>> Edges { get; } = edges;

    public IEnumerable<TEntity> Nodes => Edges.Select(edge => edge.Node!);

    public PageInfo PageInfo { get; } = pageInfo;

    /// <summary>Counted only when the request selects <c>totalCount</c>.</summary>
    public int? TotalCount { get; } = totalCount;
}

/// <summary>Marks the connection types, so projection knows to look through <c>nodes</c> and <c>edges { node }</c>.</summary>
internal interface IConnectionGraphType : IObjectGraphType
{
    public const string NodesField = "nodes";
    public const string EdgesField = "edges";
    public const string NodeField = "node";

    /// <summary>The (schema-resolved) entity graph type of the nodes.</summary>
    IGraphType NodeType => GetField(NodesField)!.ResolvedType!.GetNamedType();

    IGraphType EdgeType => GetField(EdgesField)!.ResolvedType!.GetNamedType();
}

/// <summary>
/// <c>{Name}Connection { pageInfo: PageInfo! edges: [{Name}Edge!] nodes: [{Node}!] totalCount: Int! }</c>, the
/// HotChocolate shape. Named after the field, so it is created per connection field rather than per node type.
/// </summary>
[DoNotRegister] // created by Connection(...), never resolved from DI
internal sealed class ConnectionGraphType<TEntity, TGraph> : ObjectGraphType<ConnectionPage<TEntity>>, IConnectionGraphType
    where TGraph : IGraphType
{
    public ConnectionGraphType(string prefix)
    {
        Name = prefix + "Connection";
        Description = "A connection to a list of items.";
        Field<NonNullGraphType<SharedPageInfoType>>("pageInfo")
            .Description("Information to aid in pagination.")
            .Resolve(context => context.Source.PageInfo);
        Field(IConnectionGraphType.EdgesField, new ListGraphType(new NonNullGraphType(new EdgeGraphType<TEntity, TGraph>(prefix))))
            .Description("A list of edges.")
            .Resolve(context => context.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TGraph>>>(IConnectionGraphType.NodesField)
            .Description("A flattened list of the nodes.")
            .Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Identifies the total count of items in the connection.")
            .Resolve(context => context.Source.TotalCount
                ?? throw new InvalidOperationException("totalCount was selected but not counted."));
    }
}

/// <summary><c>{Name}Edge { cursor: String! node: {Node}! }</c>.</summary>
[DoNotRegister]
internal sealed class EdgeGraphType<TEntity, TGraph> : ObjectGraphType<Edge<TEntity>> where TGraph : IGraphType
{
    public EdgeGraphType(string prefix)
    {
        Name = prefix + "Edge";
        Description = "An edge in a connection.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("A cursor for use in pagination.")
            .Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<TGraph>>(IConnectionGraphType.NodeField)
            .Description("The item at the end of the edge.")
            .Resolve(context => context.Source.Node);
    }
}
