using GraphQL;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>
/// <c>{Type}FilterInput</c>: <c>and</c>, <c>or</c>, an operations input per filterable column of
/// <typeparamref name="TGraph"/> and a nested <c>{Inline}FilterInput</c> per inline object.
/// The schema creates one per graph type (it is resolved by CLR type), which keeps names unique.
/// </summary>
public sealed class FilterInputType<TGraph> : InputObjectGraphType where TGraph : IComplexGraphType
{
    /// <summary>For service providers that only call parameterless constructors (GraphQL.NET's default).</summary>
    public FilterInputType() : this(GraphTemplate.Create<TGraph>()) { }

    /// <param name="template">An instance of the entity graph type, read only for its field declarations.</param>
    public FilterInputType(TGraph template)
    {
        Name = template.Name + "FilterInput";
        var self = typeof(ListGraphType<NonNullGraphType<FilterInputType<TGraph>>>);
        Field("and", self).FieldType.WithMetadata(OperationFilterInput.OperationKey, FilterOperation.And);
        Field("or", self).FieldType.WithMetadata(OperationFilterInput.OperationKey, FilterOperation.Or);

        foreach (var field in template.Fields)
        {
            switch (DataField.Of(field))
            {
                case ColumnField { OperationFilterType: { } operations } column:
                    Field(field.Name, operations).FieldType.WithMetadata(DataField.MetadataKey, column);
                    break;
                case InlineField inline:
                    Field(field.Name, typeof(FilterInputType<>).MakeGenericType(inline.GraphType))
                        .FieldType.WithMetadata(DataField.MetadataKey, inline);
                    break;
            }
        }
    }
}

/// <summary>Creates a throwaway instance of an entity graph type, only to read its field declarations.</summary>
internal static class GraphTemplate
{
    public static TGraph Create<TGraph>()
    {
        try
        {
            return Activator.CreateInstance<TGraph>();
        }
        catch (MissingMethodException exception)
        {
            throw new InvalidOperationException(
                $"{typeof(TGraph).Name} has no parameterless constructor. Register the data convention types with " +
                $"{nameof(DataConventionsServiceCollectionExtensions.AddDataConventions)}() so the filter and sort inputs get it from dependency injection.",
                exception);
        }
    }
}
