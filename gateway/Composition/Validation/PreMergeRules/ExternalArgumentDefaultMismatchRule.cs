using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>
/// An argument of an <c>@external</c> field has the default every other definition of the argument has, and none
/// only when none has one: a client that leaves the argument out must get the same value from either schema.
/// <c>@require</c>'d arguments, which clients never pass, are left out.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-External-Argument-Default-Mismatch"/>
public sealed class ExternalArgumentDefaultMismatchRule : IPreMergeRule
{
    public string Code => "EXTERNAL_ARGUMENT_DEFAULT_MISMATCH";

    public void Validate(IReadOnlyList<SchemaModel> schemas, CompositionLog log)
    {
        foreach (var (external, resolving) in SchemaSet.ExternalFields(schemas))
        {
            foreach (var arguments in SchemaSet.ClientArgumentsByName([.. resolving, .. external]))
            {
                var defaults = arguments.Where(a => a.Argument.DefaultValue is not null)
                    .Select(a => (Declaration: a, Value: DefaultValues.Canonical(a.Argument.DefaultValue!)))
                    .ToArray();
                foreach (var argument in arguments.Where(a => a.Field.Field.IsExternal()))
                {
                    var own = argument.Argument.DefaultValue is { } value ? DefaultValues.Canonical(value) : null;
                    var differing = defaults.Where(d => d.Value != own).ToArray();
                    if (differing.Length == 0) continue;

                    var others = string.Join(", ", differing.Select(d => $"{d.Value} in schema {d.Declaration.Schema.Name}"));
                    log.Report(Code, argument.Place,
                        $"{argument.Coordinate} of the @external field {(own is null ? "has no default" : $"defaults to {own}")} here, but to {others}. " +
                        $"Give it the same default as the argument it refers to ({differing[0].Value}).",
                        differing.Select(d => d.Declaration.Place));
                }
            }
        }
    }
}
