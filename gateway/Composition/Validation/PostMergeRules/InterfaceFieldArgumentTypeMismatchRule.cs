using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <summary>
/// After merging (arguments take the most restrictive type), an implementing field must take each interface
/// argument with exactly the interface's type, and any extra argument must be optional.
/// </summary>
/// <remarks>
/// FederatedGraph's own rule: the spec merges each argument's type on its own and names no rule for a result that
/// breaks an interface, which would leave the gateway with invalid GraphQL.
/// </remarks>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Merge-Argument-Definitions"/>
public sealed class InterfaceFieldArgumentTypeMismatchRule : IPostMergeRule
{
    public string Code => "INTERFACE_FIELD_ARGUMENT_TYPE_MISMATCH";

    public void Validate(MergedSchema merged, CompositionLog log)
    {
        foreach (var contract in InterfaceContracts.Of(merged.Schema))
        {
            if (contract.Field is not { } field) continue;
            foreach (var argument in field.Arguments)
            {
                var interfaceArgument = contract.InterfaceField.Arguments[argument.Name];
                if (interfaceArgument is null ? !argument.Type.IsNonNull || argument.DefaultValue is not null : argument.Type == interfaceArgument.Type)
                    continue;

                var expected = interfaceArgument?.Type;
                var at = SourceDefinitions.OfArgument(merged, contract.Type.Name, field.Name, argument.Name)
                    .Where(d => d.Element.RequireMap() is null)
                    .First(d => expected is null ? d.Element.Type.IsNonNull : d.Element.Type != expected);
                var coordinate = $"{contract.FieldCoordinate}({argument.Name}:)";
                log.Error(Code, at, expected is null
                    ? $"{coordinate} is a required argument that {contract.Interface.Name}.{field.Name} does not have. Make it nullable or give it a default value in {at.Schema.Name}."
                    : $"The merged {coordinate} has the type {argument.Type}, but {contract.Interface.Name}.{field.Name}({argument.Name}:) has {expected}; {at.Schema.Name} declares {at.Element.Type}. "
                      + $"Declare the argument as {expected} in every source schema.");
            }
        }
    }
}
