using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <summary>
/// An implementing field must accept every argument of its interface field. The merge drops an argument that a
/// source schema leaves out or fills through <c>@require</c>, which can break that even when each schema is valid.
/// </summary>
/// <remarks>
/// FederatedGraph's own rule: the spec's INTERFACE_FIELD_NO_IMPLEMENTATION covers missing fields, not missing
/// arguments, and the composite schema must still be valid GraphQL.
/// </remarks>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Interface-Field-No-Implementation"/>
public sealed class InterfaceFieldArgumentNoImplementationRule : IPostMergeRule
{
    public string Code => "INTERFACE_FIELD_ARGUMENT_NO_IMPLEMENTATION";

    public void Validate(MergedSchema merged, CompositionLog log)
    {
        foreach (var contract in InterfaceContracts.Of(merged.Schema))
        {
            if (contract.Field is not { } field) continue;
            foreach (var argument in contract.InterfaceField.Arguments.Where(a => !field.Arguments.Contains(a.Name)))
            {
                // The source schema that made the merge drop it: it lacks the argument, or requires it.
                var at = InterfaceContracts.FieldDefinition(merged, contract, f => f.Arguments[argument.Name] is not { } own || own.RequireMap() is not null);
                var why = at.Element.Arguments[argument.Name] is null ? "does not declare it" : "fills it through @require";
                log.Error(Code, at,
                    $"{contract.FieldCoordinate} loses the argument {argument.Name} in the merge, because {at.Schema.Name} {why}, but {contract.Interface.Name}.{contract.InterfaceField.Name} "
                    + $"still has it. Declare {argument.Name}: {argument.Type} on {contract.FieldCoordinate} in {at.Schema.Name} as a plain argument, or remove it from the interface field.");
            }
        }
    }
}
