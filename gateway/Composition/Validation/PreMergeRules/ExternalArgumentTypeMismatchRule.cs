using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>
/// An argument of an <c>@external</c> field has exactly the type it has on the field it refers to, nullability and
/// list nesting included: the same value must mean the same to both schemas. <c>@require</c>'d arguments, which
/// clients never pass, are left out.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-External-Argument-Type-Mismatch"/>
public sealed class ExternalArgumentTypeMismatchRule : IPreMergeRule
{
    public string Code => "EXTERNAL_ARGUMENT_TYPE_MISMATCH";

    public void Validate(IReadOnlyList<SchemaModel> schemas, CompositionLog log)
    {
        foreach (var (external, resolving) in SchemaSet.ExternalFields(schemas))
        {
            foreach (var arguments in SchemaSet.ClientArgumentsByName(resolving))
            {
                foreach (var argument in SchemaSet.ClientArgumentsByName(external).Where(g => g.Key == arguments.Key).SelectMany(g => g))
                {
                    var mismatched = arguments.Where(a => a.Argument.Type != argument.Argument.Type).ToArray();
                    if (mismatched.Length == 0) continue;

                    var others = string.Join(", ", mismatched.Select(m => $"{m.Argument.Type} in schema {m.Schema.Name}"));
                    log.Report(Code, argument.Place,
                        $"{argument.Coordinate} of the @external field has type {argument.Argument.Type} here, but {others}. " +
                        $"Declare it with exactly the type of the argument it refers to ({mismatched[0].Argument.Type}).",
                        mismatched.Select(m => m.Place));
                }
            }
        }
    }
}
