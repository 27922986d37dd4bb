using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>
/// The definitions of an input field across source schemas have the same type apart from nullability, so
/// the merge can take the most restrictive one.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Input-Field-Types-mergeable"/>
public sealed class InputFieldTypesNotMergeableRule : IPreMergeRule
{
    public string Code => "INPUT_FIELD_TYPES_NOT_MERGEABLE";

    public void Validate(IReadOnlyList<SchemaModel> schemas, CompositionLog log)
    {
        foreach (var types in SchemaSet.TypesByName<InputObjectTypeDefinition>(schemas))
        {
            foreach (var fields in SchemaSet.InputFieldsByName(types))
            {
                // Same shape is an equivalence, so comparing with the first definition finds every bad pair.
                var first = fields.First();
                foreach (var field in fields.Skip(1).Where(f => !SchemaSet.SameTypeShape(f.Field.Type, first.Field.Type)))
                {
                    log.Report(Code, field.Place,
                        $"The input field {field.Coordinate} is {field.Field.Type} here, but {first.Field.Type} in schema {first.Schema.Name}. " +
                        $"Give it the same named type and list nesting in every schema (only nullability may differ), or rename it.",
                        [first.Place]);
                }
            }
        }
    }
}
