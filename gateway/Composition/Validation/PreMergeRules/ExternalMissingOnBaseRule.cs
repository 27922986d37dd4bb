using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>An <c>@external</c> field refers to a field some other source schema resolves; without one, nothing resolves it.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-External-Missing-on-Base"/>
public sealed class ExternalMissingOnBaseRule : IPreMergeRule
{
    public string Code => "EXTERNAL_MISSING_ON_BASE";

    public void Validate(IReadOnlyList<SchemaModel> schemas, CompositionLog log)
    {
        foreach (var types in SchemaSet.TypesByName<ComplexTypeDefinition>(schemas))
        {
            foreach (var fields in SchemaSet.FieldsByName(types).Where(g => g.All(f => f.Field.IsExternal())))
            {
                foreach (var field in fields)
                {
                    log.Report(Code, field.Place,
                        $"{field.Coordinate} is @external here, but no source schema defines it without @external, so no schema resolves it. " +
                        $"Define {field.Field.Name} in the schema that owns {field.Type.Name}, or remove it here.");
                }
            }
        }
    }
}
