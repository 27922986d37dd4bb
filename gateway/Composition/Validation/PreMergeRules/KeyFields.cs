using FederatedGraph.Composition.FieldSelection;
using FederatedGraph.Composition.Model;
using GraphQLParser.AST;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>The fields a source schema's <c>@key</c> directives select, and a way to compare two keys.</summary>
internal static class KeyFields
{
    /// <summary>
    /// Every field selected by a <c>@key</c> in the schema, including fields of nested selections and keys a
    /// type inherits from the interfaces it implements. Keys that do not parse select nothing here; the
    /// source-schema rules report them.
    /// </summary>
    public static IReadOnlySet<OutputFieldDefinition> Selected(SchemaModel schema)
    {
        var selected = new HashSet<OutputFieldDefinition>();
        foreach (var type in schema.ComplexTypes)
        {
            var keys = type.Keys().Concat(type.Interfaces.Select(name => schema.Types[name]).OfType<ComplexTypeDefinition>().SelectMany(i => i.Keys()));
            foreach (var key in keys)
            {
                if (Parse(key) is { } selection) Collect(schema, type, selection, selected);
            }
        }
        return selected;
    }

    /// <summary>The key's selection set, or null when it is missing or does not parse.</summary>
    public static GraphQLSelectionSet? Parse(DirectiveApplication key)
        => key.StringArgument("fields") is { } fields ? FieldSelectionSet.TryParse(fields, out _) : null;

    /// <summary>
    /// The selection as text with fields and arguments in name order, so keys that select the same fields compare
    /// equal; <c>id(scope: LOCAL)</c> and <c>id(scope: GLOBAL)</c> are different keys.
    /// </summary>
    public static string Canonical(GraphQLSelectionSet selection) => string.Join(" ", selection.Selections
        .Select(s => s switch
        {
            GraphQLField field => field.Name.StringValue + Arguments(field) + (field.SelectionSet is { } inner ? " { " + Canonical(inner) + " }" : ""),
            GraphQLInlineFragment fragment => $"... on {fragment.TypeCondition?.Type.Name.StringValue} {{ {Canonical(fragment.SelectionSet)} }}",
            _ => s.Kind.ToString(),
        })
        .Distinct()
        .Order(StringComparer.Ordinal));

    private static string Arguments(GraphQLField field) => field.Arguments is { Count: > 0 } arguments
        ? "(" + string.Join(", ", arguments.Items
            .OrderBy(a => a.Name.StringValue, StringComparer.Ordinal)
            .Select(a => $"{a.Name.StringValue}: {DefaultValues.Canonical(a.Value)}")) + ")"
        : "";

    private static void Collect(SchemaModel schema, ComplexTypeDefinition type, GraphQLSelectionSet selection, HashSet<OutputFieldDefinition> selected)
    {
        foreach (var node in selection.Selections)
        {
            switch (node)
            {
                case GraphQLField fieldNode when type.Fields[fieldNode.Name.StringValue] is { } field:
                    selected.Add(field);
                    if (fieldNode.SelectionSet is { } subselection && schema.Types[field.Type.NamedType] is ComplexTypeDefinition fieldType)
                        Collect(schema, fieldType, subselection, selected);
                    break;
                case GraphQLInlineFragment { SelectionSet: { } fragmentSelection } fragment:
                    var target = fragment.TypeCondition is { } condition ? schema.Types[condition.Type.Name.StringValue] as ComplexTypeDefinition : type;
                    if (target is not null) Collect(schema, target, fragmentSelection, selected);
                    break;
            }
        }
    }
}
