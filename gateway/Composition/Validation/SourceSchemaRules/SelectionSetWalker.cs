using FederatedGraph.Composition.Model;
using GraphQLParser.AST;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>A field selection of a <c>@key</c> or <c>@provides</c>, the type it is selected on, and the field it names there (null when there is none).</summary>
internal sealed record SelectedField(GraphQLField Selection, TypeDefinition ParentType, OutputFieldDefinition? Definition)
{
    public string Name => Selection.Name.StringValue;

    public string Coordinate => $"{ParentType.Name}.{Name}";
}

/// <summary>Resolves the selections of a <c>FieldSelectionSet</c> against the types of a source schema.</summary>
internal static class SelectionSetWalker
{
    /// <summary>Every field selection, depth first; nested selections are followed where the field exists.</summary>
    public static IEnumerable<SelectedField> Walk(SchemaModel schema, TypeDefinition type, GraphQLSelectionSet set)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var definition = (type as ComplexTypeDefinition)?.Fields[field.Name.StringValue];
                    yield return new SelectedField(field, type, definition);
                    if (definition is not null && field.SelectionSet is { } inner && BuiltInDefinitions.Type(schema, definition.Type.NamedType) is { } fieldType)
                        foreach (var nested in Walk(schema, fieldType, inner)) yield return nested;
                    break;
                case GraphQLInlineFragment fragment:
                    if (Scope(schema, type, fragment) is { } scope)
                        foreach (var nested in Walk(schema, scope, fragment.SelectionSet)) yield return nested;
                    break;
            }
        }
    }

    /// <summary>
    /// What makes the selection set invalid on the type: fields the type does not have, leaf fields with
    /// a selection, object or interface fields without one, and fragments on types the type cannot be.
    /// </summary>
    public static IEnumerable<string> Problems(SchemaModel schema, TypeDefinition type, GraphQLSelectionSet set)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var name = field.Name.StringValue;
                    if ((type as ComplexTypeDefinition)?.Fields[name] is not { } definition)
                    {
                        yield return $"{type.Name} has no field '{name}'";
                        continue;
                    }
                    if (BuiltInDefinitions.Type(schema, definition.Type.NamedType) is not { } fieldType) continue;
                    if (field.SelectionSet is null && fieldType.IsComposite)
                        yield return $"{type.Name}.{name} returns {fieldType.Name}, so it needs a selection of {fieldType.Name}'s fields in braces";
                    else if (field.SelectionSet is not null && !fieldType.IsComposite)
                        yield return $"{type.Name}.{name} returns the leaf type {fieldType.Name}, which has no fields to select";
                    else if (field.SelectionSet is { } nested)
                        foreach (var problem in Problems(schema, fieldType, nested)) yield return problem;
                    break;
                case GraphQLInlineFragment fragment:
                    if (Scope(schema, type, fragment) is { } scope)
                    {
                        foreach (var problem in Problems(schema, scope, fragment.SelectionSet)) yield return problem;
                    }
                    else
                    {
                        yield return $"'... on {fragment.TypeCondition!.Type.Name.StringValue}' names no type that a {type.Name} can be";
                    }
                    break;
            }
        }
    }

    /// <summary>Whether a selection, or any selection inside it, carries a directive.</summary>
    public static bool HasDirectives(GraphQLSelectionSet set) => set.Selections.Any(selection => selection switch
    {
        GraphQLField field => field.Directives is { Count: > 0 } || (field.SelectionSet is { } inner && HasDirectives(inner)),
        GraphQLInlineFragment fragment => fragment.Directives is { Count: > 0 } || HasDirectives(fragment.SelectionSet),
        _ => false,
    });

    /// <summary>The type an inline fragment narrows to, or null when its type condition cannot apply to the type.</summary>
    private static TypeDefinition? Scope(SchemaModel schema, TypeDefinition type, GraphQLInlineFragment fragment)
    {
        if (fragment.TypeCondition is not { } condition) return type;
        var narrowed = schema.Types[condition.Type.Name.StringValue];
        if (narrowed is null || !narrowed.IsComposite) return null;
        var possible = schema.PossibleTypes(type.Name).Select(t => t.Name).ToHashSet();
        return schema.PossibleTypes(narrowed.Name).Any(t => possible.Contains(t.Name)) ? narrowed : null;
    }
}
