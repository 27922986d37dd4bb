using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>
/// An <c>@external</c> field declares every argument of the field it refers to: the schema may be asked for the
/// field (where it provides it) with any argument that clients can pass. An argument the owner fills through
/// <c>@require</c> is not one of those: it leaves the composite schema, and a providing schema has no use for it.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-External-Argument-Missing"/>
public sealed class ExternalArgumentMissingRule : IPreMergeRule
{
    public string Code => "EXTERNAL_ARGUMENT_MISSING";

    public void Validate(IReadOnlyList<SchemaModel> schemas, CompositionLog log)
    {
        foreach (var (external, resolving) in SchemaSet.ExternalFields(schemas))
        {
            foreach (var arguments in SchemaSet.ClientArgumentsByName(resolving))
            {
                foreach (var field in external.Where(f => f.Field.Arguments[arguments.Key] is null))
                {
                    log.Report(Code, field.Place,
                        $"{field.Coordinate} is @external here without the argument '{arguments.Key}', which the field it refers to takes in {SchemaSet.Schemas(arguments.Select(a => a.Schema))}. " +
                        $"Declare the argument here as it is declared there ({arguments.First().Argument.Type}).",
                        arguments.Select(a => a.Place));
                }
            }
        }
    }
}
