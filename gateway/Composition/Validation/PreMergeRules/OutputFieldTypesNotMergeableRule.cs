using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>
/// The definitions of a field across source schemas return types the merge can reconcile: nullability may
/// differ, but list nesting may not, and one of the named types must cover all the others.
/// </summary>
public sealed class OutputFieldTypesNotMergeableRule : IPreMergeRule
{
    public string Code => "OUTPUT_FIELD_TYPES_NOT_MERGEABLE";

    public void Validate(IReadOnlyList<SchemaModel> schemas, CompositionLog log)
    {
        var graph = new CompositeTypeGraph(schemas);
        foreach (var types in SchemaSet.TypesByName<ComplexTypeDefinition>(schemas))
        {
            // Internal types and fields take no part in merging, so they may disagree with the rest.
            foreach (var fields in SchemaSet.FieldsByName(types.Where(t => !t.Type.IsInternal())))
            {
                // Each definition that breaks the ones before it is the one reported, so one bad schema gives one error.
                var mergeable = new List<FieldDeclaration>();
                foreach (var field in fields.Where(f => !f.Field.IsInternal()))
                {
                    if (graph.HaveLeastRestrictiveType([.. mergeable.Select(m => m.Field.Type), field.Field.Type]))
                    {
                        mergeable.Add(field);
                        continue;
                    }
                    var others = string.Join(", ", mergeable.Select(m => $"{m.Field.Type} in schema {m.Schema.Name}"));
                    log.Report(Code, field.Place,
                        $"{field.Coordinate} returns {field.Field.Type} here, but {others}, and no one return type covers them all. " +
                        $"Return the same named type with the same list nesting (only nullability may differ), or an interface or union that includes the other return types.",
                        mergeable.Select(m => m.Place));
                }
            }
        }
    }
}
