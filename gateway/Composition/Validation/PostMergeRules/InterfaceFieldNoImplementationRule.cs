using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Merging;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <summary>
/// Interface fields are merged from every source schema, so a type defined only where the interface was smaller
/// can end up without a field its merged interface requires.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Interface-Field-No-Implementation"/>
public sealed class InterfaceFieldNoImplementationRule : IPostMergeRule
{
    public string Code => "INTERFACE_FIELD_NO_IMPLEMENTATION";

    public void Validate(MergedSchema merged, CompositionLog log)
    {
        foreach (var contract in InterfaceContracts.Of(merged.Schema).Where(c => c.Field is null))
        {
            var interfaceSchemas = SourceDefinitions.OfField(merged, contract.Interface.Name, contract.InterfaceField.Name).Select(d => d.Schema.Name);
            log.Error(Code, InterfaceContracts.ImplementsClause(merged, contract),
                $"{contract.Type.Name} implements {contract.Interface.Name}, but no source schema gives {contract.Type.Name} the field {contract.InterfaceField.Name} "
                + $"that the merged {contract.Interface.Name} has (from {string.Join(", ", interfaceSchemas)}). "
                + $"Add {contract.InterfaceField.Name} to {contract.Type.Name}, or mark {contract.Interface.Name}.{contract.InterfaceField.Name} @inaccessible.");
        }
    }
}
