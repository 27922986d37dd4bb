using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>A place in one source schema, for an error's location or its related places.</summary>
internal readonly record struct Place(SchemaModel Schema, SourceLocation Location);

/// <summary>One source schema's definition of a field of an object or interface type.</summary>
internal sealed record FieldDeclaration(SchemaModel Schema, ComplexTypeDefinition Type, OutputFieldDefinition Field)
{
    public string Coordinate => $"{Type.Name}.{Field.Name}";

    public Place Place => new(Schema, Field.Location);
}

/// <summary>One source schema's definition of an argument of a field.</summary>
internal sealed record ArgumentDeclaration(FieldDeclaration Field, InputValueDefinition Argument)
{
    public SchemaModel Schema => Field.Schema;

    public string Coordinate => $"{Field.Coordinate}({Argument.Name}:)";

    public Place Place => new(Schema, Argument.Location);
}

/// <summary>One source schema's definition of a field of an input object type.</summary>
internal sealed record InputFieldDeclaration(SchemaModel Schema, InputObjectTypeDefinition Type, InputValueDefinition Field)
{
    public string Coordinate => $"{Type.Name}.{Field.Name}";

    public Place Place => new(Schema, Field.Location);
}

/// <summary>
/// The source schemas seen side by side: the definitions of one type, field or argument name across all of
/// them, in the order the schemas were given, plus the predicates the pre-merge rules share.
/// </summary>
internal static class SchemaSet
{
    public const string InterfaceObject = "interfaceObject";

    /// <summary>Every definition of each type name (of kind <typeparamref name="T"/>), grouped by name in order of first appearance.</summary>
    public static IEnumerable<IGrouping<string, (SchemaModel Schema, T Type)>> TypesByName<T>(IReadOnlyList<SchemaModel> schemas)
        where T : TypeDefinition
        => schemas.SelectMany(schema => schema.Types.OfType<T>().Select(type => (Schema: schema, Type: type)))
            .GroupBy(definition => definition.Type.Name, StringComparer.Ordinal);

    /// <summary>The fields of the given definitions of one type, grouped by field name.</summary>
    public static IEnumerable<IGrouping<string, FieldDeclaration>> FieldsByName(IEnumerable<(SchemaModel Schema, ComplexTypeDefinition Type)> types)
        => types.SelectMany(t => t.Type.Fields.Select(field => new FieldDeclaration(t.Schema, t.Type, field)))
            .GroupBy(field => field.Field.Name, StringComparer.Ordinal);

    /// <summary>
    /// Each field that some source schema declares <c>@external</c>: those external definitions, and the others,
    /// which resolve the field and which the external ones must agree with.
    /// </summary>
    public static IEnumerable<(FieldDeclaration[] External, FieldDeclaration[] Resolving)> ExternalFields(IReadOnlyList<SchemaModel> schemas)
        => TypesByName<ComplexTypeDefinition>(schemas)
            .SelectMany(FieldsByName)
            .Where(fields => fields.Any(f => f.Field.IsExternal()))
            .Select(fields => (fields.Where(f => f.Field.IsExternal()).ToArray(), fields.Where(f => !f.Field.IsExternal()).ToArray()));

    /// <summary>
    /// The arguments clients pass to the given definitions of one field, grouped by name: without those a schema fills
    /// through <c>@require</c>, which leave the composite schema (as in PROVIDES_FIELDS_HAS_ARGUMENTS).
    /// </summary>
    public static IEnumerable<IGrouping<string, ArgumentDeclaration>> ClientArgumentsByName(IEnumerable<FieldDeclaration> fields)
        => fields.SelectMany(field => field.Field.Arguments.Where(a => !a.HasDirective(CompositeDirectives.Require)).Select(argument => new ArgumentDeclaration(field, argument)))
            .GroupBy(argument => argument.Argument.Name, StringComparer.Ordinal);

    /// <summary>The arguments of the given definitions of one field, grouped by argument name.</summary>
    public static IEnumerable<IGrouping<string, ArgumentDeclaration>> ArgumentsByName(IEnumerable<FieldDeclaration> fields)
        => fields.SelectMany(field => field.Field.Arguments.Select(argument => new ArgumentDeclaration(field, argument)))
            .GroupBy(argument => argument.Argument.Name, StringComparer.Ordinal);

    /// <summary>The fields of the given definitions of one input object type, grouped by field name.</summary>
    public static IEnumerable<IGrouping<string, InputFieldDeclaration>> InputFieldsByName(IEnumerable<(SchemaModel Schema, InputObjectTypeDefinition Type)> types)
        => types.SelectMany(t => t.Type.Fields.Select(field => new InputFieldDeclaration(t.Schema, t.Type, field)))
            .GroupBy(field => field.Field.Name, StringComparer.Ordinal);

    /// <summary>
    /// Whether two types are the same apart from nullability: the same list nesting around the same named type.
    /// Types with the same name have the same kind once <c>TYPE_KIND_MISMATCH</c> holds.
    /// </summary>
    public static bool SameTypeShape(TypeReference a, TypeReference b) => (a.Nullable(), b.Nullable()) switch
    {
        (ListTypeReference listA, ListTypeReference listB) => SameTypeShape(listA.OfType, listB.OfType),
        (NamedTypeReference namedA, NamedTypeReference namedB) => namedA.Name == namedB.Name,
        _ => false,
    };

    /// <summary>"schema a", "schemas a and b", "schemas a, b and c": the schemas a message points to.</summary>
    public static string Schemas(IEnumerable<SchemaModel> schemas)
    {
        var names = schemas.Select(s => s.Name).Distinct().ToArray();
        return names.Length == 1
            ? $"schema {names[0]}"
            : $"schemas {string.Join(", ", names[..^1])} and {names[^1]}";
    }

    /// <summary>Reports an error at a place in the schema that must change, with the conflicting places elsewhere.</summary>
    public static void Report(this CompositionLog log, string code, Place at, string message, IEnumerable<Place>? related = null)
        => log.Add(new CompositionError(code, CompositionSeverity.Error, at.Schema.Name, at.Location, message)
        {
            Related = (related ?? []).Select(place => (place.Schema.Name, place.Location)).ToArray(),
        });
}
