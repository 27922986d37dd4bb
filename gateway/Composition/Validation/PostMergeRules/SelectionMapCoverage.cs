using FederatedGraph.Composition.FieldSelection;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <summary>Whether a field selection map can be evaluated on a given object type, with fields from any source schema.</summary>
internal static class SelectionMapCoverage
{
    /// <summary>
    /// True when the value's type conditions admit the type and every field it references exists there.
    /// A nested choice needs one option that applies.
    /// </summary>
    public static bool Admits(OutputSchemaContext output, SelectedValue value, string type) => value switch
    {
        SelectedChoice choice => choice.Options.Any(option => Admits(output, option, type)),
        SelectedObject obj => obj.Fields.All(f => Admits(output, f.Value, type)),
        SelectedList list => Admits(output, list.Element, type),
        SelectedPath path => PathEnd(output, path.Path, type) is { } end && (path.Selection is null || Admits(output, path.Selection, end)),
        _ => false,
    };

    /// <summary>The type the path ends at, or null when a type condition excludes the type or a field is missing.</summary>
    private static string? PathEnd(OutputSchemaContext output, FieldPath path, string type)
    {
        var current = path.TypeCondition is { } condition ? Narrow(output, type, condition) : type;
        foreach (var segment in path.Segments)
        {
            if (current is null || output.Field(current, segment.Field) is not { } field) return null;
            current = field.Type.NamedType;
            if (segment.TypeCondition is { } narrowing) current = Narrow(output, current, narrowing);
        }
        return current;
    }

    /// <summary>The type seen through a type condition: itself when the condition names it or one of its supertypes.</summary>
    private static string? Narrow(OutputSchemaContext output, string type, string condition)
    {
        if (type == condition) return type;
        if (output.Type(type) is { Kind: TypeKind.Object })
            return output.PossibleTypes(condition).Contains(type) ? type : null;
        // An abstract type narrows to the condition when the condition is one of its possible types.
        return output.PossibleTypes(type).Contains(condition) ? condition : null;
    }
}
