using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>
/// An <c>@external</c> field declares exactly the type of the field it refers to, nullability included:
/// the schema relies on values that another schema produces.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-External-Type-Mismatch"/>
public sealed class ExternalTypeMismatchRule : IPreMergeRule
{
    public string Code => "EXTERNAL_TYPE_MISMATCH";

    public void Validate(IReadOnlyList<SchemaModel> schemas, CompositionLog log)
    {
        foreach (var types in SchemaSet.TypesByName<ComplexTypeDefinition>(schemas))
        {
            foreach (var fields in SchemaSet.FieldsByName(types))
            {
                var resolving = fields.Where(f => !f.Field.IsExternal()).ToArray();
                foreach (var external in fields.Where(f => f.Field.IsExternal()))
                {
                    var mismatched = resolving.Where(r => r.Field.Type != external.Field.Type).ToArray();
                    if (mismatched.Length == 0) continue;

                    var others = string.Join(", ", mismatched.Select(m => $"{m.Field.Type} in schema {m.Schema.Name}"));
                    log.Report(Code, external.Place,
                        $"{external.Coordinate} is @external with type {external.Field.Type} here, but the field it refers to is {others}. " +
                        $"Declare the external field with exactly the type of the field it refers to ({mismatched[0].Field.Type}).",
                        mismatched.Select(m => m.Place));
                }
            }
        }
    }
}
