using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>
/// An enum defined in several source schemas has the same values everywhere, except for values some schema
/// marks <c>@inaccessible</c>: a value one schema accepts must not reach a schema that does not know it.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Enum-Values-Mismatch"/>
public sealed class EnumValuesMismatchRule : IPreMergeRule
{
    public string Code => "ENUM_VALUES_MISMATCH";

    public void Validate(IReadOnlyList<SchemaModel> schemas, CompositionLog log)
    {
        foreach (var definitions in SchemaSet.TypesByName<EnumTypeDefinition>(schemas))
        {
            var enums = definitions.ToArray();
            if (enums.Length < 2) continue;

            var values = enums.SelectMany(e => e.Type.Values.Select(value => (e.Schema, Value: value))).ToArray();
            var inaccessible = values.Where(v => v.Value.IsInaccessible()).Select(v => v.Value.Name).ToHashSet(StringComparer.Ordinal);
            var required = values.Select(v => v.Value.Name).Where(name => !inaccessible.Contains(name)).Distinct().ToArray();

            foreach (var (schema, type) in enums)
            {
                var missing = required.Where(name => !type.Values.Contains(name)).ToArray();
                if (missing.Length == 0) continue;

                var definedIn = values.Where(v => missing.Contains(v.Value.Name)).ToArray();
                var names = string.Join(", ", missing);
                log.Report(Code, new Place(schema, type.Location),
                    $"The enum {type.Name} here lacks {names}, defined in {SchemaSet.Schemas(definedIn.Select(v => v.Schema))}. " +
                    $"Enums merge only when their values match: add {names} here, or mark each missing value @inaccessible where it is defined.",
                    definedIn.Select(v => new Place(v.Schema, v.Value.Location)));
            }
        }
    }
}
