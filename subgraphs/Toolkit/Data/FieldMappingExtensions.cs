using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>
/// How a registry's entity graph type declares what each field reads from its (flat) EF entity.
/// Only fields declared here take part in projection, filtering and sorting.
/// </summary>
public static class FieldMappingExtensions
{
    /// <summary>
    /// A field resolved from a column. Its GraphQL type is inferred from <typeparamref name="TProp"/>
    /// (string, int, long, double, decimal, bool, DateOnly, DateTime, enums, or a list for a JSON column).
    /// Scalar columns are filterable and sortable; list columns are only projected.
    /// </summary>
    public static FieldBuilder<TEntity, TProp> Column<TEntity, TProp>(
        this ComplexGraphType<TEntity> graph, string name, Expression<Func<TEntity, TProp>> column, bool nullable = false)
    {
        // GraphQL.NET compiles the expression once into its resolver and infers the type from TProp.
        var field = graph.Field(name, column, nullable);
        field.FieldType.WithMetadata(DataField.MetadataKey, new ColumnField(column, EntityMemberFinder.Find(column)));
        return field;
    }

    /// <summary>
    /// A nested object field (e.g. <c>naam { voornamen }</c>) whose fields are read from the same row:
    /// <typeparamref name="TGraph"/> must be a graph type over the parent's entity type.
    /// Projection, filtering and sorting recurse into it.
    /// </summary>
    public static FieldBuilder<object, object> Inline<TGraph>(this IComplexGraphType graph, string name, bool nullable = false)
        where TGraph : IObjectGraphType
    {
        var field = FieldBuilder<object, object>.Create(name, nullable ? typeof(TGraph) : typeof(NonNullGraphType<TGraph>))
            .Resolve(context => context.Source);
        field.FieldType.WithMetadata(DataField.MetadataKey, new InlineField(typeof(TGraph)));
        graph.AddField(field.FieldType);
        return field;
    }

    /// <summary>
    /// Declares the columns a computed or related field reads, so projection loads them.
    /// Such a field is not filterable or sortable.
    /// </summary>
    public static FieldBuilder<TEntity, TReturn> Reads<TEntity, TReturn>(
        this FieldBuilder<TEntity, TReturn> field, params Expression<Func<TEntity, object?>>[] columns)
    {
        var members = columns.SelectMany(EntityMemberFinder.Find).Distinct().ToArray();
        field.FieldType.WithMetadata(DataField.MetadataKey, new ReadsField(members));
        return field;
    }
}
