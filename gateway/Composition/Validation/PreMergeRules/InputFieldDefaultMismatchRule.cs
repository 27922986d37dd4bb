using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>
/// The definitions of an input field that declare a default declare the same one: the merge keeps the first,
/// and a schema that relies on another default would silently get a different value.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Input-Field-Default-Mismatch"/>
public sealed class InputFieldDefaultMismatchRule : IPreMergeRule
{
    public string Code => "INPUT_FIELD_DEFAULT_MISMATCH";

    public void Validate(IReadOnlyList<SchemaModel> schemas, CompositionLog log)
    {
        foreach (var types in SchemaSet.TypesByName<InputObjectTypeDefinition>(schemas))
        {
            foreach (var fields in SchemaSet.InputFieldsByName(types))
            {
                // A definition without a default does not conflict: the merge takes the default from another one.
                var withDefault = fields.Where(f => f.Field.DefaultValue is not null)
                    .Select(f => (Field: f, Default: DefaultValues.Canonical(f.Field.DefaultValue!)))
                    .ToArray();
                if (withDefault.Length < 2) continue;

                var first = withDefault[0];
                foreach (var (field, value) in withDefault.Skip(1).Where(d => d.Default != first.Default))
                {
                    log.Report(Code, field.Place,
                        $"The input field {field.Coordinate} defaults to {value} here, but to {first.Default} in schema {first.Field.Schema.Name}. " +
                        $"Use the same default in every schema, or leave it out here.",
                        [first.Field.Place]);
                }
            }
        }
    }
}
