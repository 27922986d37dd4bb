using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>
/// An argument a client must pass in one source schema (non-null, not <c>@require</c>) exists as a client
/// argument on every definition of the field; the merge keeps only arguments all definitions share.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Field-With-Missing-Required-Arguments"/>
public sealed class FieldWithMissingRequiredArgumentRule : IPreMergeRule
{
    public string Code => "FIELD_WITH_MISSING_REQUIRED_ARGUMENT";

    public void Validate(IReadOnlyList<SchemaModel> schemas, CompositionLog log)
    {
        foreach (var types in SchemaSet.TypesByName<ComplexTypeDefinition>(schemas))
        {
            foreach (var group in SchemaSet.FieldsByName(types.Where(t => !t.Type.IsInternal())))
            {
                var fields = group.Where(f => !f.Field.IsInternal()).ToArray();
                var required = SchemaSet.ArgumentsByName(fields)
                    .Select(arguments => arguments.Where(a => a.Argument.Type.IsNonNull && !IsRequirement(a.Argument)).ToArray())
                    .Where(requiring => requiring.Length > 0);
                foreach (var requiring in required)
                    foreach (var field in fields)
                        Check(field, requiring, log);
            }
        }
    }

    private void Check(FieldDeclaration field, ArgumentDeclaration[] requiring, CompositionLog log)
    {
        var name = requiring[0].Argument.Name;
        var requiredIn = SchemaSet.Schemas(requiring.Select(r => r.Schema));
        var related = requiring.Select(r => r.Place);
        switch (field.Field.Arguments[name])
        {
            case null:
                log.Report(Code, field.Place,
                    $"{field.Coordinate} has no argument {name} here, but clients must pass {name} to it in {requiredIn}. " +
                    $"Add the argument {name} here, or make it nullable in {requiredIn}.",
                    related);
                break;
            case { } argument when IsRequirement(argument):
                var requirement = new ArgumentDeclaration(field, argument);
                log.Report(Code, requirement.Place,
                    $"The argument {requirement.Coordinate} is filled by the gateway here (@require), but clients must pass it in {requiredIn}. " +
                    $"Make it nullable in {requiredIn}, or @require it there too.",
                    related);
                break;
        }
    }

    private static bool IsRequirement(InputValueDefinition argument) => argument.HasDirective(CompositeDirectives.Require);
}
