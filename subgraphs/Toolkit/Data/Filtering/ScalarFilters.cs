namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>Which column types can be filtered and sorted, and the HotChocolate name of their operations input.</summary>
internal static class ScalarFilters
{
    // One GraphQL name per CLR type: two CLR types sharing a name would clash in the schema.
    private static readonly Dictionary<Type, string> ComparableNames = new()
    {
        [typeof(int)] = "Int",
        [typeof(long)] = "Long",
        [typeof(short)] = "Short",
        [typeof(double)] = "Float",
        [typeof(decimal)] = "Decimal",
        [typeof(DateOnly)] = "LocalDate",
        [typeof(DateTime)] = "DateTime",
    };

    /// <summary>The operations input graph type for a column of <paramref name="columnType"/>, or null if it can't be filtered.</summary>
    public static Type? OperationInputFor(Type columnType)
    {
        var type = Nullable.GetUnderlyingType(columnType) ?? columnType;
        if (type == typeof(string))
            return typeof(StringOperationFilterInput);
        if (type == typeof(bool))
            return typeof(BooleanOperationFilterInput);
        if (type.IsEnum)
            return typeof(EnumOperationFilterInput<>).MakeGenericType(type);
        return ComparableNames.ContainsKey(type) ? typeof(ComparableOperationFilterInput<>).MakeGenericType(type) : null;
    }

    public static bool IsSortable(Type columnType) => OperationInputFor(columnType) is not null;

    /// <summary>"Int" for int, so the input is named <c>IntOperationFilterInput</c>.</summary>
    public static string ComparableName(Type type)
        => ComparableNames.TryGetValue(type, out var name)
            ? name
            : throw new NotSupportedException($"Columns of type {type.Name} can't be filtered.");
}
