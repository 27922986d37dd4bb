using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules.TypeSystem;

/// <summary>
/// A type that implements interfaces must name only interfaces (including those its interfaces implement)
/// and must have each of their fields with the same arguments and a compatible return type.
/// </summary>
internal sealed class InterfaceImplementationCheck : ITypeSystemCheck
{
    public void Check(SchemaModel schema, Report report)
    {
        foreach (var type in schema.ComplexTypes)
            foreach (var name in type.Interfaces)
            {
                if (name == type.Name)
                    report(type.Location, $"{type.Name} implements itself. Remove '{name}' from its interfaces.");
                else if (schema.Type<ComplexTypeDefinition>(name) is { Kind: TypeKind.Interface } @interface)
                    CheckImplementation(schema, type, @interface, report);
                else
                    report(type.Location, $"{type.Name} implements {name}, which is not an interface of this schema. Define 'interface {name}', or remove it from the implemented interfaces.");
            }
    }

    private static void CheckImplementation(SchemaModel schema, ComplexTypeDefinition type, ComplexTypeDefinition @interface, Report report)
    {
        foreach (var inherited in @interface.Interfaces.Where(i => i != type.Name && !type.Interfaces.Contains(i)))
            report(type.Location, $"{type.Name} implements {@interface.Name}, which implements {inherited}, so {type.Name} must implement {inherited} too. Add it to the implemented interfaces.");

        foreach (var interfaceField in @interface.Fields)
        {
            if (type.Fields[interfaceField.Name] is not { } field)
            {
                report(type.Location, $"{type.Name} implements {@interface.Name} but has no field '{interfaceField.Name}'. Add '{interfaceField.Name}: {interfaceField.Type}'.");
                continue;
            }
            var coordinate = $"{type.Name}.{field.Name}";
            if (!IsValidImplementationFieldType(schema, field.Type, interfaceField.Type))
                report(field.Location, $"{coordinate} returns {field.Type}, which does not fit {@interface.Name}.{field.Name}: {interfaceField.Type}. Return {interfaceField.Type} or a more specific type.");

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                if (field.Arguments[interfaceArgument.Name] is not { } argument)
                    report(field.Location, $"{coordinate} lacks the argument '{interfaceArgument.Name}' of {@interface.Name}.{field.Name}. Add '{interfaceArgument.Name}: {interfaceArgument.Type}'.");
                else if (argument.Type != interfaceArgument.Type)
                    report(argument.Location, $"{coordinate}({argument.Name}:) is {argument.Type}, but {@interface.Name}.{field.Name} takes {interfaceArgument.Type}. Use the same type.");
            }
            foreach (var extra in field.Arguments.Where(a => !interfaceField.Arguments.Contains(a.Name) && a.Type.IsNonNull && a.DefaultValue is null))
                report(extra.Location, $"{coordinate}({extra.Name}:) is required, but {@interface.Name}.{field.Name} does not have it, so queries through the interface could not pass it. Make it nullable or give it a default.");
        }
    }

    /// <summary>GraphQL's covariance: as non-null or more, the same list depth, and the same type or one of its possible types.</summary>
    private static bool IsValidImplementationFieldType(SchemaModel schema, TypeReference field, TypeReference implemented)
    {
        if (field is NonNullTypeReference nonNull)
            return IsValidImplementationFieldType(schema, nonNull.OfType, implemented.Nullable());
        if (implemented is NonNullTypeReference) return false;
        if (field is ListTypeReference list)
            return implemented is ListTypeReference implementedList && IsValidImplementationFieldType(schema, list.OfType, implementedList.OfType);
        if (implemented is ListTypeReference) return false;
        if (field.NamedType == implemented.NamedType) return true;
        return schema.Types[implemented.NamedType] switch
        {
            UnionTypeDefinition union => union.Members.Contains(field.NamedType),
            ComplexTypeDefinition { Kind: TypeKind.Interface } => schema.Type<ComplexTypeDefinition>(field.NamedType)?.Interfaces.Contains(implemented.NamedType) == true,
            _ => false,
        };
    }
}
