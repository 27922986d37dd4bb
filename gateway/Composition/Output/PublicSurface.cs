using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Output;

/// <summary>
/// The part of a composite schema that clients see: everything except <c>@inaccessible</c> members and what
/// depends on them. A field, argument or input field whose type is hidden is hidden too; so is a field with a
/// hidden required argument (clients could not call it correctly) and an input type with a hidden required field.
/// A type left without fields, values or members is hidden as well, since GraphQL does not allow empty types.
/// (<c>@internal</c> members and <c>@require</c> arguments are already gone from the merged schema.)
/// </summary>
internal sealed class PublicSurface
{
    private static readonly HashSet<string> BuiltInScalars = new(StringComparer.Ordinal) { "String", "Int", "Float", "Boolean", "ID" };

    private readonly SchemaModel schema;
    private readonly HashSet<string> visibleTypes;

    public PublicSurface(SchemaModel schema)
    {
        this.schema = schema;
        visibleTypes = schema.Types.Where(t => !t.IsInaccessible()).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        // Hiding one type can empty another (a union of hidden members), so repeat until nothing changes.
        while (visibleTypes.RemoveWhere(name => !HasVisibleMembers(schema.Types[name]!)) > 0)
        {
        }
    }

    /// <summary>The visible types: the root types first (query, mutation, subscription), then by name.</summary>
    public IEnumerable<TypeDefinition> Types
    {
        get
        {
            string?[] rootNames = [schema.QueryTypeName, schema.MutationTypeName, schema.SubscriptionTypeName];
            var roots = rootNames.OfType<string>().Where(visibleTypes.Contains).Select(name => schema.Types[name]!);
            var others = schema.Types.Where(t => visibleTypes.Contains(t.Name) && !schema.IsRootType(t.Name)).OrderBy(t => t.Name, StringComparer.Ordinal);
            return roots.Concat(others);
        }
    }

    public bool IsVisible(string typeName) => BuiltInScalars.Contains(typeName) || visibleTypes.Contains(typeName);

    public IEnumerable<OutputFieldDefinition> Fields(ComplexTypeDefinition type) => type.Fields.Where(IsVisible);

    public IEnumerable<InputValueDefinition> Arguments(OutputFieldDefinition field) => field.Arguments.Where(IsVisible);

    public IEnumerable<InputValueDefinition> Fields(InputObjectTypeDefinition type) => type.Fields.Where(IsVisible);

    public IEnumerable<EnumValueDefinition> Values(EnumTypeDefinition type) => type.Values.Where(v => !v.IsInaccessible());

    public IEnumerable<string> Members(UnionTypeDefinition type) => type.Members.Where(IsVisible);

    public IEnumerable<string> Interfaces(ComplexTypeDefinition type) => type.Interfaces.Where(IsVisible);

    private bool IsVisible(OutputFieldDefinition field)
        => !field.IsInaccessible() && IsVisible(field.Type.NamedType) && field.Arguments.All(a => IsVisible(a) || !IsRequired(a));

    private bool IsVisible(InputValueDefinition value) => !value.IsInaccessible() && IsVisible(value.Type.NamedType);

    private static bool IsRequired(InputValueDefinition value) => value.Type.IsNonNull && value.DefaultValue is null;

    private bool HasVisibleMembers(TypeDefinition type) => type switch
    {
        ComplexTypeDefinition complex => Fields(complex).Any(),
        UnionTypeDefinition union => Members(union).Any(),
        EnumTypeDefinition enumType => Values(enumType).Any(),
        InputObjectTypeDefinition input => input.Fields.All(f => IsVisible(f) || !IsRequired(f)) && Fields(input).Any(),
        _ => true,
    };
}
