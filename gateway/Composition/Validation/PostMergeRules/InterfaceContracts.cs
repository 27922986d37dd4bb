using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <summary>
/// One interface field that a merged object or interface type must implement, with the type's field of that name
/// (null when the merged type has none).
/// </summary>
internal sealed record InterfaceContract(
    ComplexTypeDefinition Type,
    ComplexTypeDefinition Interface,
    OutputFieldDefinition InterfaceField,
    OutputFieldDefinition? Field)
{
    public string FieldCoordinate => MergedSchema.Coordinate(Type.Name, InterfaceField.Name);
}

/// <summary>The interface contracts of the merged schema that clients can see, shared by the interface rules.</summary>
internal static class InterfaceContracts
{
    /// <summary>Every visible field of every visible interface of every visible object and interface type.</summary>
    public static IEnumerable<InterfaceContract> Of(SchemaModel merged)
        => from type in merged.VisibleComplexTypes()
           from implemented in merged.VisibleInterfaces(type)
           from interfaceField in implemented.Fields.Visible()
           select new InterfaceContract(type, implemented, interfaceField, type.Fields[interfaceField.Name]);

    /// <summary>
    /// Where the contract's field is written: preferably in a source schema whose type itself implements the
    /// interface, since that is where the contract was promised.
    /// </summary>
    public static SourceDefinition<OutputFieldDefinition> FieldDefinition(MergedSchema merged, InterfaceContract contract, Func<OutputFieldDefinition, bool>? preferred = null)
    {
        var definitions = SourceDefinitions.OfField(merged, contract.Type.Name, contract.InterfaceField.Name).Where(d => !d.Element.IsInternal()).ToList();
        return definitions.FirstOrDefault(d => preferred?.Invoke(d.Element) ?? false,
            definitions.FirstOrDefault(d => Implements(d.Schema, contract), definitions[0]));
    }

    /// <summary>The first source definition of the type that declares it implements the interface.</summary>
    public static SourceDefinition<TypeDefinition> ImplementsClause(MergedSchema merged, InterfaceContract contract)
        => SourceDefinitions.OfType(merged, contract.Type.Name).First(d => Implements(d.Schema, contract));

    private static bool Implements(SchemaModel source, InterfaceContract contract)
        => source.Types[contract.Type.Name] is ComplexTypeDefinition type && type.Interfaces.Contains(contract.Interface.Name);
}
