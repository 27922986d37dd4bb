using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <summary>
/// The merged type of an implementing field (the least restrictive of its sources) must still be a valid
/// implementation of the merged interface field: same or narrower type, non-null where the interface is.
/// </summary>
/// <remarks>
/// FederatedGraph's own rule: the spec merges each field's type on its own and names no rule for a result that breaks
/// an interface, which would leave the gateway with invalid GraphQL.
/// </remarks>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Merge-Output-Fields"/>
public sealed class InterfaceFieldTypeMismatchRule : IPostMergeRule
{
    public string Code => "INTERFACE_FIELD_TYPE_MISMATCH";

    public void Validate(MergedSchema merged, CompositionLog log)
    {
        var schema = merged.Schema;
        foreach (var contract in InterfaceContracts.Of(schema))
        {
            if (contract.Field is not { } field || IsImplementationFieldType(field.Type, contract.InterfaceField.Type, schema)) continue;

            var at = InterfaceContracts.FieldDefinition(merged, contract, f => !IsImplementationFieldType(f.Type, contract.InterfaceField.Type, schema));
            log.Error(Code, at,
                $"The merged {contract.FieldCoordinate} has the type {field.Type}, which does not implement {contract.Interface.Name}.{contract.InterfaceField.Name}: {contract.InterfaceField.Type}. "
                + $"{at.Schema.Name} declares it as {at.Element.Type}; make every source schema's {contract.FieldCoordinate} return {contract.InterfaceField.Type} or a subtype of it.");
        }
    }

    /// <summary>GraphQL's covariant field rule: same wrappers (non-null may be added), same or implementing named type.</summary>
    private static bool IsImplementationFieldType(TypeReference type, TypeReference interfaceType, SchemaModel schema) => (type, interfaceType) switch
    {
        (NonNullTypeReference t, NonNullTypeReference i) => IsImplementationFieldType(t.OfType, i.OfType, schema),
        (_, NonNullTypeReference) => false,
        (NonNullTypeReference t, _) => IsImplementationFieldType(t.OfType, interfaceType, schema),
        (ListTypeReference t, ListTypeReference i) => IsImplementationFieldType(t.OfType, i.OfType, schema),
        (ListTypeReference, _) or (_, ListTypeReference) => false,
        _ => type.NamedType == interfaceType.NamedType || IsSubtype(type.NamedType, interfaceType.NamedType, schema),
    };

    private static bool IsSubtype(string type, string abstractType, SchemaModel schema) => schema.Types[abstractType] switch
    {
        ComplexTypeDefinition { Kind: TypeKind.Interface } => schema.Types[type] is ComplexTypeDefinition complex && complex.Interfaces.Contains(abstractType),
        UnionTypeDefinition union => schema.Types[type] is ComplexTypeDefinition { Kind: TypeKind.Object } && union.Members.Contains(type),
        _ => false,
    };
}
