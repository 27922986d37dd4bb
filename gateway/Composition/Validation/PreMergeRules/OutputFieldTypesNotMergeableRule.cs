using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;
using FederatedGraph.Composition.Validation.SourceSchemaRules;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>
/// The definitions of a field across source schemas return types the merge can reconcile: nullability may
/// differ, but list nesting may not, and one of the named types must cover all the others. A type name counts
/// with its kind in the schema that returns it: <c>Tag</c> as an object in one schema and a scalar in another are
/// different types, though the names match (TYPE_KIND_MISMATCH also reports the type itself).
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Output-Field-Types-Mergeable"/>
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
                    if (mergeable.FirstOrDefault(m => m.Field.Type.NamedType == field.Field.Type.NamedType && Kind(m) != Kind(field)) is { } otherKind)
                    {
                        log.Report(Code, field.Place,
                            $"{field.Coordinate} returns {field.Field.Type} here, where {field.Field.Type.NamedType} is {Describe(Kind(field))}, but in schema {otherKind.Schema.Name} {field.Field.Type.NamedType} is {Describe(Kind(otherKind))}. " +
                            $"A field must return the same kind of type in every schema: make {field.Field.Type.NamedType} {Describe(Kind(otherKind))} here, or rename one of them.",
                            [otherKind.Place]);
                        continue;
                    }
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

    /// <summary>The kind of the field's named type where the field is declared; a stand-in counts as the interface it stands for.</summary>
    private static TypeKind? Kind(FieldDeclaration field)
        => BuiltInDefinitions.Type(field.Schema, field.Field.Type.NamedType) is { } type
            ? type.IsInterfaceObject() ? TypeKind.Interface : type.Kind
            : null;

    private static string Describe(TypeKind? kind) => kind switch
    {
        TypeKind.Scalar => "a scalar",
        TypeKind.Object => "an object type",
        TypeKind.Interface => "an interface",
        TypeKind.Union => "a union",
        TypeKind.Enum => "an enum",
        TypeKind.InputObject => "an input object type",
        _ => "undefined",
    };
}
