namespace FederatedGraph.Composition.Model;

public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
}

/// <summary>A named type of a schema.</summary>
public abstract class TypeDefinition(string name, SourceLocation location) : SchemaElement(name, location)
{
    public abstract TypeKind Kind { get; }

    /// <summary>Object, interface and union types: the types a field can return a selection set of.</summary>
    public bool IsComposite => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    public bool IsInput => Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;
}

public sealed class ScalarTypeDefinition(string name, SourceLocation location) : TypeDefinition(name, location)
{
    public override TypeKind Kind => TypeKind.Scalar;
}

/// <summary>An object or interface type: a type with output fields.</summary>
public sealed class ComplexTypeDefinition(string name, TypeKind kind, SourceLocation location) : TypeDefinition(name, location)
{
    public override TypeKind Kind { get; } = kind is TypeKind.Object or TypeKind.Interface
        ? kind
        : throw new ArgumentOutOfRangeException(nameof(kind));

    public OrderedFieldMap<OutputFieldDefinition> Fields { get; } = new();

    /// <summary>The interfaces this type implements, in declaration order.</summary>
    public List<string> Interfaces { get; } = [];
}

public sealed class UnionTypeDefinition(string name, SourceLocation location) : TypeDefinition(name, location)
{
    public override TypeKind Kind => TypeKind.Union;

    public List<string> Members { get; } = [];
}

public sealed class EnumTypeDefinition(string name, SourceLocation location) : TypeDefinition(name, location)
{
    public override TypeKind Kind => TypeKind.Enum;

    public OrderedFieldMap<EnumValueDefinition> Values { get; } = new();
}

public sealed class InputObjectTypeDefinition(string name, SourceLocation location) : TypeDefinition(name, location)
{
    public override TypeKind Kind => TypeKind.InputObject;

    public OrderedFieldMap<InputValueDefinition> Fields { get; } = new();
}
