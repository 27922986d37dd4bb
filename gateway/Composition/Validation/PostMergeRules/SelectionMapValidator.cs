using FederatedGraph.Composition.FieldSelection;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PostMergeRules;

/// <summary>
/// Checks a parsed field selection map (<c>@is</c>, <c>@require</c>) against the output types it reads from and
/// the argument type it builds, following the validation rules of the spec's appendix on FieldSelectionMap: each
/// path field exists on the type in scope and takes the constant arguments the path passes, paths end exactly at
/// scalar or enum fields, type conditions can apply, object selections name existing and all required input fields
/// once, and leaf values fit the expected type.
/// </summary>
internal sealed class SelectionMapValidator(OutputSchemaContext output, SchemaModel argumentSchema)
{
    /// <summary>The first problem found, phrased for a message, or null when the map is valid.</summary>
    public string? Validate(SelectedValue value, string scope, TypeReference expected) => value switch
    {
        SelectedChoice choice => choice.Options.Select(o => Validate(o, scope, expected)).FirstOrDefault(p => p is not null),
        SelectedObject selectedObject => Object(selectedObject, scope, expected),
        SelectedList list => List(list, scope, expected),
        SelectedPath path => Path(path, scope, expected),
        _ => null,
    };

    /// <summary>The fields the map reads directly from its root type (not those below a path).</summary>
    public static IEnumerable<string> RootFields(SelectedValue value) => value switch
    {
        SelectedChoice choice => choice.Options.SelectMany(RootFields),
        SelectedObject selectedObject => selectedObject.Fields.SelectMany(f => RootFields(f.Value)),
        SelectedList list => RootFields(list.Element),
        SelectedPath path => [path.Path.Segments[0].Field],
        _ => [],
    };

    private string? Path(SelectedPath selected, string scope, TypeReference expected)
    {
        if (selected.Path.TypeCondition is { } leading)
        {
            if (Narrow(scope, leading) is { } problem) return problem;
            scope = leading;
        }

        OutputFieldDefinition? field = null;
        var segments = selected.Path.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            field = output.Field(scope, segment.Field);
            if (field is null)
                return output.Type(scope) is UnionTypeDefinition
                    ? $"{scope} is a union, so {segment.Field} can only be selected after a type condition such as <{output.PossibleTypes(scope).Order(StringComparer.Ordinal).FirstOrDefault()}>"
                    : $"{scope} has no field {segment.Field}";

            var coordinate = $"{scope}.{segment.Field}";
            if (ArgumentProblem(scope, segment) is { } argumentProblem) return argumentProblem;
            var isLast = i == segments.Count - 1;
            if (output.IsLeaf(field.Type.NamedType))
            {
                if (!isLast || segment.TypeCondition is not null || selected.Selection is not null)
                    return $"{coordinate} is a {field.Type.NamedType} value, so nothing can be selected below it";
            }
            else if (isLast && selected.Selection is null)
            {
                return $"{coordinate} returns {field.Type.NamedType}, so the map must go on to its scalar fields (e.g. {segment.Field}.<field> or {segment.Field}.{{ ... }})";
            }

            scope = field.Type.NamedType;
            if (segment.TypeCondition is { } condition)
            {
                if (Narrow(scope, condition) is { } problem) return problem;
                scope = condition;
            }
        }

        return selected.Selection switch
        {
            null => Leaf($"{selected.Path}", field!.Type, expected),
            SelectedList list => List(list, scope, expected),
            var selection => Validate(selection, scope, expected),
        };
    }

    /// <summary>
    /// The arguments must suit the field in every schema that defines it, since the gateway may select it from any
    /// of them; each schema's own definition gives the argument types.
    /// </summary>
    private string? ArgumentProblem(string scope, PathSegment segment)
        => output.Definitions(scope, segment.Field)
            .Select(d => SelectedArguments.Problem(d.Schema, $"{scope}.{segment.Field} (in {d.Schema.Name})", d.Field, segment.Arguments))
            .FirstOrDefault(p => p is not null);

    private string? Object(SelectedObject selected, string scope, TypeReference expected)
    {
        if (argumentSchema.Types[expected.NamedType] is not InputObjectTypeDefinition input)
            return $"an object {selected} is built, but the value must be a {expected}";
        if (selected.Fields.GroupBy(f => f.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return $"{input.Name}.{twice.Key} is given more than once";
        foreach (var field in selected.Fields)
        {
            if (input.Fields[field.Name] is not { } inputField) return $"the input type {input.Name} has no field {field.Name}";
            if (Validate(field.Value, scope, inputField.Type) is { } problem) return problem;
        }
        var missing = input.Fields.FirstOrDefault(f => f.Type.IsNonNull && f.DefaultValue is null && !selected.Fields.Any(s => s.Name == f.Name));
        return missing is null ? null : $"the required field {input.Name}.{missing.Name} is not given";
    }

    private string? List(SelectedList list, string scope, TypeReference expected)
        => expected.Nullable() is ListTypeReference listType
            ? Validate(list.Element, scope, listType.OfType)
            : $"a list {list} is built, but the value must be a {expected}";

    /// <summary>A type condition must be able to apply: it shares a possible type with the type in scope.</summary>
    private string? Narrow(string scope, string condition)
        => output.Type(condition) is null ? $"the type condition <{condition}> names an unknown type"
            : output.PossibleTypes(condition).Overlaps(output.PossibleTypes(scope)) ? null
            : $"the type condition <{condition}> can never apply to {scope}";

    /// <summary>A path's value fits the expected type when the named types agree; an ID also takes a String or Int.</summary>
    private string? Leaf(string path, TypeReference fieldType, TypeReference expected)
    {
        if (argumentSchema.Types[expected.NamedType] is InputObjectTypeDefinition)
            return $"{path} is a single {fieldType.NamedType}, but the value must be the input object {expected.NamedType}; build it with {{ ... }}";
        var fits = fieldType.NamedType == expected.NamedType || expected.NamedType == "ID" && fieldType.NamedType is "String" or "Int";
        return fits ? null : $"{path} is a {fieldType}, which cannot be passed as {expected}";
    }
}
