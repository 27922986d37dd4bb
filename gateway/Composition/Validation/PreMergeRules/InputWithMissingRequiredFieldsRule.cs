using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>
/// An input field that is non-null in one source schema exists in every definition of the input type: the
/// merge keeps only the fields all definitions share, and a required field must not disappear.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Input-With-Missing-Required-Fields"/>
public sealed class InputWithMissingRequiredFieldsRule : IPreMergeRule
{
    public string Code => "INPUT_WITH_MISSING_REQUIRED_FIELDS";

    public void Validate(IReadOnlyList<SchemaModel> schemas, CompositionLog log)
    {
        // An inaccessible input type is left out of the composite schema, so its fields need not line up.
        foreach (var types in SchemaSet.TypesByName<InputObjectTypeDefinition>(schemas).Where(g => !g.Any(t => t.Type.IsInaccessible())))
        {
            // The spec's text says "intersection", which no definition could ever miss; its example (a field required in
            // one schema and absent from another) shows the intent: every field that is non-null somewhere is required.
            var required = SchemaSet.InputFieldsByName(types)
                .Where(fields => !fields.Any(f => f.Field.IsInaccessible()))
                .Select(fields => fields.Where(f => f.Field.Type.IsNonNull).ToArray())
                .Where(requiring => requiring.Length > 0);
            foreach (var requiring in required)
            {
                var name = requiring[0].Field.Name;
                var requiredIn = SchemaSet.Schemas(requiring.Select(r => r.Schema));
                foreach (var (schema, type) in types.Where(t => !t.Type.Fields.Contains(name)))
                {
                    log.Report(Code, new Place(schema, type.Location),
                        $"The input type {type.Name} here has no field {name}, which is non-null in {requiredIn}. " +
                        $"Add {name} here, or make it nullable in {requiredIn}.",
                        requiring.Select(r => r.Place));
                }
            }
        }
    }
}
