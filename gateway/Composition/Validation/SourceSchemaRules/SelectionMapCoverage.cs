using FederatedGraph.Composition.FieldSelection;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>Whether a field selection map can be evaluated on a given object type.</summary>
internal static class SelectionMapCoverage
{
    /// <summary>
    /// True when the value's type conditions admit the type and every field it references exists there.
    /// A nested choice needs one option that applies.
    /// </summary>
    public static bool Admits(SchemaModel schema, SelectedValue value, TypeDefinition type) => value switch
    {
        SelectedChoice choice => choice.Options.Any(option => Admits(schema, option, type)),
        SelectedObject obj => obj.Fields.All(f => Admits(schema, f.Value, type)),
        SelectedList list => Admits(schema, list.Element, type),
        SelectedPath path => PathEnd(schema, path.Path, type) is { } end && (path.Selection is null || Admits(schema, path.Selection, end)),
        _ => false,
    };

    /// <summary>The type the path ends at, or null when a type condition excludes the type or a field is missing.</summary>
    private static TypeDefinition? PathEnd(SchemaModel schema, FieldPath path, TypeDefinition type)
    {
        TypeDefinition? current = path.TypeCondition is { } condition ? Narrow(schema, type, condition) : type;
        foreach (var segment in path.Segments)
        {
            if ((current as ComplexTypeDefinition)?.Fields[segment.Field] is not { } field) return null;
            current = BuiltInDefinitions.Type(schema, field.Type.NamedType);
            if (current is not null && segment.TypeCondition is { } narrowing) current = Narrow(schema, current, narrowing);
            if (current is null) return null;
        }
        return current;
    }

    /// <summary>The type seen through a type condition: itself when the condition names it or one of its supertypes.</summary>
    private static TypeDefinition? Narrow(SchemaModel schema, TypeDefinition type, string condition)
    {
        if (type.Name == condition) return type;
        if (type.Kind == TypeKind.Object)
            return schema.PossibleTypes(condition).Any(t => t.Name == type.Name) ? type : null;
        // An abstract type narrows to the condition when the condition is one of its possible types.
        return schema.PossibleTypes(type.Name).FirstOrDefault(t => t.Name == condition);
    }
}
