using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.PreMergeRules;

/// <summary>Which field declarations an <c>@override(from:)</c> takes over (the spec's CollectOverrideTargets).</summary>
internal static class Overrides
{
    /// <summary>
    /// The declarations of the same field in the schema named by <c>from</c>: on the same object type, and for a
    /// stand-in also on the types that implement its interface. None when <c>from</c> names no other schema.
    /// </summary>
    public static IEnumerable<FieldDeclaration> Targets(FieldDeclaration overriding, IReadOnlyList<SchemaModel> schemas, CompositeTypeGraph graph)
    {
        var from = overriding.Field.OverrideFrom();
        var source = schemas.FirstOrDefault(schema => schema.Name == from);
        if (source is null || source == overriding.Schema) yield break;

        IEnumerable<string> typeNames = overriding.Type.IsInterfaceObject()
            ? [overriding.Type.Name, .. graph.Implementors(overriding.Type.Name)]
            : [overriding.Type.Name];
        foreach (var typeName in typeNames)
        {
            if (source.Types[typeName] is ComplexTypeDefinition { Kind: TypeKind.Object } type && type.Fields[overriding.Field.Name] is { } field)
                yield return new FieldDeclaration(source, type, field);
        }
    }

    /// <summary>Every declaration some <c>@override</c> takes over; the merge leaves these out.</summary>
    public static IReadOnlySet<OutputFieldDefinition> Overridden(IReadOnlyList<SchemaModel> schemas, CompositeTypeGraph graph)
        => Declarations(schemas)
            .SelectMany(overriding => Targets(overriding, schemas, graph))
            .Select(target => target.Field)
            .ToHashSet();

    /// <summary>The fields of object types that carry <c>@override</c>, in schema order.</summary>
    public static IEnumerable<FieldDeclaration> Declarations(IReadOnlyList<SchemaModel> schemas)
        => schemas.SelectMany(schema => schema.ObjectTypes.SelectMany(type => type.Fields
            .Where(field => field.HasDirective(CompositeDirectives.Override))
            .Select(field => new FieldDeclaration(schema, type, field))));
}
