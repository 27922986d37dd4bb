using GraphQL;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>The direction of one sort key.</summary>
public enum SortDirection
{
    Ascending,
    Descending,
}

/// <summary><c>enum SortEnumType { ASC DESC }</c>, as HotChocolate names it.</summary>
public sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Add("ASC", SortDirection.Ascending);
        Add("DESC", SortDirection.Descending);
    }
}

/// <summary>
/// <c>{Type}SortInput</c>: a <c>SortEnumType</c> per sortable column of <typeparamref name="TGraph"/> and a nested
/// <c>{Inline}SortInput</c> per inline object. Each element of an <c>order</c> list sets exactly one of them.
/// </summary>
public sealed class SortInputType<TGraph> : InputObjectGraphType where TGraph : IComplexGraphType
{
    /// <summary>For service providers that only call parameterless constructors (GraphQL.NET's default).</summary>
    public SortInputType() : this(GraphTemplate.Create<TGraph>()) { }

    /// <param name="template">An instance of the entity graph type, read only for its field declarations.</param>
    public SortInputType(TGraph template)
    {
        Name = template.Name + "SortInput";
        foreach (var field in template.Fields)
        {
            switch (DataField.Of(field))
            {
                case ColumnField { IsSortable: true } column:
                    Field<SortEnumType>(field.Name).FieldType.WithMetadata(DataField.MetadataKey, column);
                    break;
                case InlineField inline:
                    Field(field.Name, typeof(SortInputType<>).MakeGenericType(inline.GraphType))
                        .FieldType.WithMetadata(DataField.MetadataKey, inline);
                    break;
            }
        }
    }
}
