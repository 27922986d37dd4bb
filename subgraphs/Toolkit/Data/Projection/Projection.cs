using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>
/// Computes which entity members a request selects, from the fields declared with
/// <see cref="FieldMappingExtensions"/>: columns, the columns of <c>Reads(...)</c> fields, and recursively
/// the fields of inline objects. Fields the conventions don't know (e.g. <c>__typename</c>) need nothing.
/// </summary>
public static class Projection
{
    /// <summary>
    /// The projection for the field being resolved. Its type may be the entity graph type (or a list of it)
    /// or a connection of it, in which case <c>nodes</c> and <c>edges { node }</c> are looked through.
    /// </summary>
    /// <param name="alwaysInclude">Members needed whatever is selected, such as the key.</param>
    public static EntityProjection<TEntity> For<TEntity>(IResolveFieldContext context, params Expression<Func<TEntity, object?>>[] alwaysInclude)
    {
        var members = new HashSet<MemberInfo>();
        var type = context.FieldDefinition.ResolvedType?.GetNamedType()
            ?? throw new InvalidOperationException($"Field '{context.FieldDefinition.Name}' has no resolved type.");
        if (type is IConnectionGraphType connection)
            CollectConnection(context, context.FieldAst.SelectionSet, connection, members);
        else
            Collect(context, context.FieldAst.SelectionSet, type, members);
        return Build(members, alwaysInclude);
    }

    /// <summary>
    /// The projection for a given selection set on <paramref name="graphType"/>, for resolvers that load the
    /// entity for another field (a lookup through a batch loader, or an entity resolver whose selection
    /// set has <c>... on Persoon { }</c>).
    /// </summary>
    public static EntityProjection<TEntity> For<TEntity>(
        IResolveFieldContext context, GraphQLSelectionSet? selectionSet, IComplexGraphType graphType,
        params Expression<Func<TEntity, object?>>[] alwaysInclude)
    {
        var members = new HashSet<MemberInfo>();
        Collect(context, selectionSet, graphType, members);
        return Build(members, alwaysInclude);
    }

    private static EntityProjection<TEntity> Build<TEntity>(HashSet<MemberInfo> members, Expression<Func<TEntity, object?>>[] alwaysInclude)
    {
        foreach (var include in alwaysInclude)
            members.UnionWith(EntityMemberFinder.Find(include));
        return EntityProjection<TEntity>.Of(members);
    }

    private static void CollectConnection(IResolveFieldContext context, GraphQLSelectionSet? selectionSet, IConnectionGraphType connection, HashSet<MemberInfo> members)
    {
        foreach (var field in SelectedFields.Of(context, selectionSet, connection))
        {
            var name = field.Name.StringValue;
            if (name == IConnectionGraphType.NodesField)
                Collect(context, field.SelectionSet, connection.NodeType, members);
            else if (name == IConnectionGraphType.EdgesField)
            {
                foreach (var edgeField in SelectedFields.Of(context, field.SelectionSet, connection.EdgeType))
                {
                    if (edgeField.Name.StringValue == IConnectionGraphType.NodeField)
                        Collect(context, edgeField.SelectionSet, connection.NodeType, members);
                }
            }
        }
    }

    private static void Collect(IResolveFieldContext context, GraphQLSelectionSet? selectionSet, IGraphType type, HashSet<MemberInfo> members)
    {
        if (type is not IComplexGraphType complex)
            return;
        // The processing log needs the subject of every object it returns, whatever the query selects of it.
        if (ProcessingLog.DataSubjects.DataSubjectOf(type) is { } subject)
            members.UnionWith(subject.Members);
        foreach (var field in SelectedFields.Of(context, selectionSet, type))
        {
            var definition = complex.GetField(field.Name.StringValue);
            if (definition is null)
                continue;
            switch (DataField.Of(definition))
            {
                case InlineField:
                    Collect(context, field.SelectionSet, definition.ResolvedType!.GetNamedType(), members);
                    break;
                case { } data:
                    members.UnionWith(data.Members);
                    break;
            }
        }
    }
}
