using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <summary>
/// Output types and fields as several source schemas define them together, leaving out <c>@internal</c> ones:
/// the spec's "combined schema context" that <c>@is</c> and <c>@require</c> maps are resolved in. A path may
/// take each of its fields from a different schema.
/// </summary>
internal sealed class OutputSchemaContext(IReadOnlyList<SchemaModel> schemas)
{
    public TypeDefinition? Type(string name)
        => schemas.Select(s => s.Types[name]).FirstOrDefault(t => t is not null && !(t.Kind == TypeKind.Object && t.IsInternal()));

    public OutputFieldDefinition? Field(string type, string field) => Definitions(type, field).Select(d => d.Field).FirstOrDefault();

    /// <summary>Each schema's own definition of the field, for what only that schema knows, such as the types of its arguments.</summary>
    public IEnumerable<(SchemaModel Schema, OutputFieldDefinition Field)> Definitions(string type, string field)
        => schemas.Select(s => (Schema: s, Type: s.Types[type] as ComplexTypeDefinition))
            .Where(d => d.Type is not null && !d.Type.IsInternal())
            .Select(d => (d.Schema, Field: d.Type!.Fields[field]))
            .Where(d => d.Field is not null && !d.Field.IsInternal())
            .Select(d => (d.Schema, d.Field!));

    /// <summary>Scalars and enums: where a path must end.</summary>
    public bool IsLeaf(string type) => SchemaMerger.BuiltInTypes.Contains(type) || Type(type) is { IsInput: true };

    /// <summary>The object types a value of the type can be, in any of the schemas.</summary>
    public IReadOnlySet<string> PossibleTypes(string type)
        => schemas.SelectMany(s => s.PossibleTypes(type)).Where(t => !t.IsInternal()).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
}
