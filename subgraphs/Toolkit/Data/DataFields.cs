using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>
/// What a field of an entity graph type reads from its row. Stored in the field's metadata by
/// <see cref="FieldMappingExtensions"/>; projection, filtering and sorting read it back.
/// </summary>
public abstract record DataField
{
    internal const string MetadataKey = "FederatedGraph.Data.Field";

    /// <summary>The entity members this field needs loaded.</summary>
    public abstract IReadOnlyList<MemberInfo> Members { get; }

    /// <summary>The mapping recorded on <paramref name="field"/>, or null for a field the conventions don't know.</summary>
    public static DataField? Of(FieldType field) => field.GetMetadata<DataField?>(MetadataKey);
}

/// <summary>A field resolved from one column expression: projectable, and filterable/sortable when its type is a known scalar.</summary>
public sealed record ColumnField(LambdaExpression Column, IReadOnlyList<MemberInfo> ColumnMembers) : DataField
{
    public override IReadOnlyList<MemberInfo> Members => ColumnMembers;

    /// <summary>The column's CLR type, e.g. <c>string</c> or <c>int?</c>.</summary>
    public Type ValueType => Column.ReturnType;

    /// <summary>The filter operations input for this column, or null when it can't be filtered (e.g. a JSON list column).</summary>
    public Type? OperationFilterType => ScalarFilters.OperationInputFor(ValueType);

    public bool IsFilterable => OperationFilterType is not null;

    public bool IsSortable => ScalarFilters.IsSortable(ValueType);

    /// <summary>The column expression with its parameter replaced by <paramref name="entity"/>.</summary>
    internal Expression BodyFor(ParameterExpression entity) => ParameterReplacer.Replace(Column, entity);
}

/// <summary>A nested object field that returns the same row, described by another graph type over the same entity.</summary>
public sealed record InlineField(Type GraphType) : DataField
{
    public override IReadOnlyList<MemberInfo> Members => [];
}

/// <summary>A computed or related field that declared which columns it reads: projectable only.</summary>
public sealed record ReadsField(IReadOnlyList<MemberInfo> ReadMembers) : DataField
{
    public override IReadOnlyList<MemberInfo> Members => ReadMembers;
}
