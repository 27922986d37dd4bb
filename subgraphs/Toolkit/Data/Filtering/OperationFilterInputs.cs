using GraphQL;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>The operators of the HotChocolate filter inputs. <c>N*</c> is the negation of its partner.</summary>
public enum FilterOperation
{
    And, Or,
    Eq, Neq, In, Nin,
    Contains, NContains, StartsWith, NStartsWith, EndsWith, NEndsWith,
    Gt, Ngt, Gte, Ngte, Lt, Nlt, Lte, Nlte,
}

/// <summary>Base of the per-scalar operation inputs (<c>StringOperationFilterInput</c> etc.).</summary>
public abstract class OperationFilterInput : InputObjectGraphType
{
    internal const string OperationKey = "FederatedGraph.Data.FilterOperation";

    protected OperationFilterInput(string name)
    {
        Name = name;
        var list = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(GetType()));
        AddOperation(FilterOperation.And, "and", list);
        AddOperation(FilterOperation.Or, "or", list);
    }

    /// <summary>The operator an input field stands for.</summary>
    internal static FilterOperation? OperationOf(FieldType field) => field.GetMetadata<FilterOperation?>(OperationKey);

    protected void AddOperation(FilterOperation operation, string name, Type graphType)
        => Field(name, graphType).FieldType.WithMetadata(OperationKey, operation);

    /// <summary>The nullable input graph type for values of <paramref name="clrType"/>, as the schema maps it.</summary>
    protected static Type ValueGraphType(Type clrType) => clrType.GetGraphTypeFromType(isNullable: true, TypeMappingMode.InputType);

    protected static Type ListOf(Type graphType) => typeof(ListGraphType<>).MakeGenericType(graphType);
}

/// <summary><c>StringOperationFilterInput</c>: equality, membership and substring operators.</summary>
public sealed class StringOperationFilterInput : OperationFilterInput
{
    public StringOperationFilterInput() : base("StringOperationFilterInput")
    {
        AddOperation(FilterOperation.Eq, "eq", typeof(StringGraphType));
        AddOperation(FilterOperation.Neq, "neq", typeof(StringGraphType));
        AddOperation(FilterOperation.Contains, "contains", typeof(StringGraphType));
        AddOperation(FilterOperation.NContains, "ncontains", typeof(StringGraphType));
        AddOperation(FilterOperation.In, "in", typeof(ListGraphType<StringGraphType>));
        AddOperation(FilterOperation.Nin, "nin", typeof(ListGraphType<StringGraphType>));
        AddOperation(FilterOperation.StartsWith, "startsWith", typeof(StringGraphType));
        AddOperation(FilterOperation.NStartsWith, "nstartsWith", typeof(StringGraphType));
        AddOperation(FilterOperation.EndsWith, "endsWith", typeof(StringGraphType));
        AddOperation(FilterOperation.NEndsWith, "nendsWith", typeof(StringGraphType));
    }
}

/// <summary><c>BooleanOperationFilterInput</c>: <c>eq</c> and <c>neq</c>.</summary>
public sealed class BooleanOperationFilterInput : OperationFilterInput
{
    public BooleanOperationFilterInput() : base("BooleanOperationFilterInput")
    {
        AddOperation(FilterOperation.Eq, "eq", typeof(BooleanGraphType));
        AddOperation(FilterOperation.Neq, "neq", typeof(BooleanGraphType));
    }
}

/// <summary><c>IntOperationFilterInput</c>, <c>LocalDateOperationFilterInput</c>, ...: equality, membership and ordering operators.</summary>
public sealed class ComparableOperationFilterInput<T> : OperationFilterInput where T : struct
{
    public ComparableOperationFilterInput() : base(ScalarFilters.ComparableName(typeof(T)) + "OperationFilterInput")
    {
        var value = ValueGraphType(typeof(T));
        AddOperation(FilterOperation.Eq, "eq", value);
        AddOperation(FilterOperation.Neq, "neq", value);
        AddOperation(FilterOperation.In, "in", ListOf(value));
        AddOperation(FilterOperation.Nin, "nin", ListOf(value));
        AddOperation(FilterOperation.Gt, "gt", value);
        AddOperation(FilterOperation.Ngt, "ngt", value);
        AddOperation(FilterOperation.Gte, "gte", value);
        AddOperation(FilterOperation.Ngte, "ngte", value);
        AddOperation(FilterOperation.Lt, "lt", value);
        AddOperation(FilterOperation.Nlt, "nlt", value);
        AddOperation(FilterOperation.Lte, "lte", value);
        AddOperation(FilterOperation.Nlte, "nlte", value);
    }
}

/// <summary><c>{Enum}OperationFilterInput</c>: equality and membership.</summary>
public sealed class EnumOperationFilterInput<TEnum> : OperationFilterInput where TEnum : struct, Enum
{
    public EnumOperationFilterInput() : base(typeof(TEnum).Name + "OperationFilterInput")
    {
        var value = ValueGraphType(typeof(TEnum));
        AddOperation(FilterOperation.Eq, "eq", value);
        AddOperation(FilterOperation.Neq, "neq", value);
        AddOperation(FilterOperation.In, "in", ListOf(value));
        AddOperation(FilterOperation.Nin, "nin", ListOf(value));
    }
}
