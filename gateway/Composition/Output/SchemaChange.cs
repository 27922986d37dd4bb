namespace FederatedGraph.Composition.Output;

/// <summary>How a schema change affects existing clients, as GraphQL Inspector classifies it.</summary>
public enum ChangeCriticality
{
    /// <summary>Existing operations may stop validating or get other data.</summary>
    Breaking,

    /// <summary>Existing operations still validate, but clients may meet values they do not handle.</summary>
    Dangerous,

    Safe,
}

public enum SchemaChangeKind
{
    RootTypeChanged,
    TypeAdded,
    TypeRemoved,
    TypeKindChanged,
    DescriptionChanged,
    DeprecationAdded,
    DeprecationRemoved,
    DeprecationReasonChanged,
    InterfaceAdded,
    InterfaceRemoved,
    FieldAdded,
    FieldRemoved,
    FieldTypeChanged,
    ArgumentAdded,
    ArgumentRemoved,
    ArgumentTypeChanged,
    DefaultValueChanged,
    InputFieldAdded,
    InputFieldRemoved,
    InputFieldTypeChanged,
    EnumValueAdded,
    EnumValueRemoved,
    UnionMemberAdded,
    UnionMemberRemoved,
}

/// <summary>
/// One difference between two versions of a public schema, at a schema coordinate: <c>Type</c>,
/// <c>Type.field</c>, <c>Type.field(argument:)</c>, <c>Input.field</c> or <c>Enum.VALUE</c>.
/// </summary>
public sealed record SchemaChange(SchemaChangeKind Kind, ChangeCriticality Criticality, string Coordinate, string Message)
{
    /// <summary>E.g. <c>BREAKING  Persoon.naam: the field was removed.</c></summary>
    public override string ToString() => $"{Criticality.ToString().ToUpperInvariant(),-9} {Coordinate}: {Message}";
}
