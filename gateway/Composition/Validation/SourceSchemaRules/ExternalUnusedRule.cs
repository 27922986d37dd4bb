using FederatedGraph.Composition.FieldSelection;
using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>
/// A schema declares an @external field only to select it in a @key or a @provides; one that neither selects
/// is a leftover. (@is and @require read other schemas' data, so they do not count.)
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-External-Unused"/>
public sealed class ExternalUnusedRule : ISourceSchemaRule
{
    public string Code => "EXTERNAL_UNUSED";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        var selected = ParsedSelections.Keys(schema).SelectMany(k => SelectionSetWalker.Walk(schema, k.Type, k.Selection))
            .Concat(ParsedSelections.Provides(schema).SelectMany(p => SelectionSetWalker.Walk(schema, p.ReturnType, p.Selection)))
            .Concat(ApolloRequires(schema))
            .Select(s => s.Definition)
            .OfType<OutputFieldDefinition>()
            .ToHashSet(ReferenceEqualityComparer.Instance);

        foreach (var (type, field) in schema.Fields().Where(f => f.Field.IsExternal() && !selected.Contains(f.Field)))
            log.Error(Code, schema, field,
                $"{type.Name}.{field.Name} is @external, but no @key or @provides in this schema selects it. Select it in a @key or @provides, or remove the field.");
    }

    /// <summary>An Apollo subgraph also declares @external fields to name them in a @requires of the same type.</summary>
    private static IEnumerable<SelectedField> ApolloRequires(SchemaModel schema)
    {
        foreach (var (coordinate, fields) in schema.Apollo?.Requires ?? [])
        {
            if (schema.Types[coordinate[..coordinate.IndexOf('.')]] is { } type && FieldSelectionSet.TryParse(fields, out _) is { } selection)
                foreach (var selected in SelectionSetWalker.Walk(schema, type, selection)) yield return selected;
        }
    }
}
