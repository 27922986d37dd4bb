using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>
/// A field that several source schemas resolve is shareable in each of them, so resolving it in more than
/// one place is a decision and not an accident. External, internal and overridden declarations do not resolve it.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Invalid-Field-Sharing"/>
public sealed class InvalidFieldSharingRule : IPreMergeRule
{
    public string Code => "INVALID_FIELD_SHARING";

    public void Validate(IReadOnlyList<SchemaModel> schemas, CompositionLog log)
    {
        var overridden = Overrides.Overridden(schemas, new CompositeTypeGraph(schemas));
        var keyFields = schemas.ToDictionary(schema => schema, KeyFields.Selected);
        foreach (var types in SchemaSet.TypesByName<ComplexTypeDefinition>(schemas))
        {
            var objects = types.Where(t => t.Type.Kind == TypeKind.Object && !t.Type.IsInternal());
            foreach (var fields in SchemaSet.FieldsByName(objects))
            {
                var resolving = fields
                    .Where(f => !f.Field.IsInternal() && !f.Field.IsExternal() && !overridden.Contains(f.Field))
                    .ToArray();
                if (resolving.Length < 2) continue;

                foreach (var field in resolving.Where(f => !IsShareable(f, keyFields[f.Schema])))
                {
                    var others = resolving.Where(r => r.Schema != field.Schema).ToArray();
                    log.Report(Code, field.Place,
                        $"{field.Coordinate} is resolved here and in {SchemaSet.Schemas(others.Select(o => o.Schema))}, but is not shareable here. " +
                        $"Mark it @shareable in every schema that resolves it, mark it @external here if this schema only refers to it, or remove it from all schemas but one.",
                        others.Select(o => o.Place));
                }
            }
        }
    }

    /// <summary>Shareable by <c>@shareable</c> on the field or its type, or implicitly as a field a <c>@key</c> selects.</summary>
    private static bool IsShareable(FieldDeclaration field, IReadOnlySet<OutputFieldDefinition> keyFields)
        => field.Field.IsShareable(field.Type) || keyFields.Contains(field.Field);
}
