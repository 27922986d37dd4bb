using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules.TypeSystem;

/// <summary>
/// The shape rules of each kind of type: not empty, unions of object types, @oneOf inputs with only optional
/// fields, and GraphQL's own scalars and directives not redefined as something else.
/// </summary>
internal sealed class TypeDefinitionCheck : ITypeSystemCheck
{
    public void Check(SchemaModel schema, Report report)
    {
        foreach (var type in schema.Types)
        {
            if (BuiltInDefinitions.IsBuiltInScalar(type.Name) && type.Kind != TypeKind.Scalar)
                report(type.Location, $"{type.Name} is a built-in scalar of GraphQL and cannot be redefined as another kind of type. Rename this type.");

            switch (type)
            {
                case ComplexTypeDefinition { Fields.Count: 0 } empty:
                    report(empty.Location, $"The {Kind(empty)} {empty.Name} has no fields. Give it at least one field, or remove it.");
                    break;
                case UnionTypeDefinition union:
                    CheckUnion(schema, union, report);
                    break;
                case EnumTypeDefinition { Values.Count: 0 } enumType:
                    report(enumType.Location, $"The enum {enumType.Name} has no values. Give it at least one value, or remove it.");
                    break;
                case InputObjectTypeDefinition input:
                    CheckInput(input, report);
                    break;
            }
        }

        foreach (var specified in BuiltInDefinitions.GraphQL.DirectiveDefinitions)
        {
            if (schema.DirectiveDefinitions[specified.Name] is not { } declared) continue;
            foreach (var difference in DirectiveShape.Differences(specified, declared))
                report(declared.Location, $"The declaration of @{declared.Name} does not match GraphQL's built-in directive: {difference}. Remove the declaration.");
        }
    }

    private static void CheckUnion(SchemaModel schema, UnionTypeDefinition union, Report report)
    {
        if (union.Members.Count == 0)
            report(union.Location, $"The union {union.Name} has no member types. Add at least one object type, or remove it.");
        foreach (var member in union.Members.Where(m => schema.Types[m] is not { Kind: TypeKind.Object }))
            report(union.Location, $"The union {union.Name} has the member {member}, which is not an object type of this schema. Define 'type {member}', or remove the member.");
    }

    private static void CheckInput(InputObjectTypeDefinition input, Report report)
    {
        if (input.Fields.Count == 0)
            report(input.Location, $"The input object {input.Name} has no fields. Give it at least one field, or remove it.");
        if (!input.HasDirective("oneOf")) return;
        // A @oneOf input takes exactly one of its fields, so each must be optional without a default.
        foreach (var field in input.Fields.Where(f => f.Type.IsNonNull || f.DefaultValue is not null))
            report(field.Location, $"{input.Name}.{field.Name} is {(field.Type.IsNonNull ? "non-null" : "defaulted")}, but {input.Name} is @oneOf. Make it nullable without a default value.");
    }

    private static string Kind(ComplexTypeDefinition type) => type.Kind == TypeKind.Interface ? "interface" : "object type";
}
