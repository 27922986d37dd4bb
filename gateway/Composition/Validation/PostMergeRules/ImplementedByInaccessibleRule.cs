using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <summary>
/// A field that implements a visible interface field must be visible too: clients may select it through the
/// interface, so hiding it on the implementing type breaks the contract.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Implemented-by-Inaccessible"/>
public sealed class ImplementedByInaccessibleRule : IPostMergeRule
{
    public string Code => "IMPLEMENTED_BY_INACCESSIBLE";

    public void Validate(MergedSchema merged, CompositionLog log)
    {
        foreach (var contract in InterfaceContracts.Of(merged.Schema).Where(c => c.Field is { } field && field.IsInaccessible()))
        {
            var at = SourceDefinitions.OfField(merged, contract.Type.Name, contract.InterfaceField.Name).Hiding();
            log.Error(Code, at,
                $"{contract.FieldCoordinate} is @inaccessible, but it implements {contract.Interface.Name}.{contract.InterfaceField.Name}, which clients can see. "
                + $"Remove @inaccessible from {contract.FieldCoordinate} in {at.Schema.Name}, or mark {contract.Interface.Name}.{contract.InterfaceField.Name} @inaccessible as well.");
        }
    }
}
