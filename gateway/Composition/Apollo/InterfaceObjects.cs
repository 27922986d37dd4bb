using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Apollo;

/// <summary>
/// Apollo's <c>@interfaceObject</c>: a subgraph knows an interface another subgraph defines as one object type and
/// adds fields to it. At run time those fields belong to each object implementing the interface, so after merging
/// each implementation gets the stand-in's fields as fields of that subgraph, and an <c>_entities</c> lookup that
/// asks for the entity under the interface's name (the only name the subgraph knows). This is what Apollo's
/// supergraph says with <c>@join__type(isInterfaceObject: true)</c>, done here from the subgraphs themselves.
/// </summary>
internal static class InterfaceObjects
{
    public static void Apply(MergedSchema merged)
    {
        foreach (var source in merged.SourceSchemas.Where(s => s.Apollo is not null))
        {
            foreach (var standIn in source.ObjectTypes.Where(t => t.IsInterfaceObject()))
            {
                if (merged.Schema.Types[standIn.Name] is not ComplexTypeDefinition { Kind: TypeKind.Interface } interfaceType) continue;
                var lookups = merged.Lookups.GetValueOrDefault(interfaceType.Name, []).Where(l => l.Schema == source.Name).ToList();
                foreach (var implementation in merged.Schema.ObjectTypes.Where(o => o.Interfaces.Contains(interfaceType.Name)))
                {
                    foreach (var field in standIn.Fields)
                        AddSource(merged, source, interfaceType, implementation, field);
                    if (!merged.Lookups.TryGetValue(implementation.Name, out var implementationLookups))
                        merged.Lookups[implementation.Name] = implementationLookups = [];
                    implementationLookups.AddRange(lookups.Select(l => l with { EntityType = implementation.Name, TypeName = interfaceType.Name }));
                }
            }
        }
    }

    private static void AddSource(MergedSchema merged, SchemaModel source, ComplexTypeDefinition interfaceType, ComplexTypeDefinition implementation, OutputFieldDefinition field)
    {
        if (merged.SourcesOf(interfaceType.Name, field.Name).FirstOrDefault(s => s.Schema == source.Name) is not { } interfaceSource) return;
        if (implementation.Fields[field.Name] is null)
        {
            var interfaceField = interfaceType.Fields[field.Name]!;
            var added = new OutputFieldDefinition(field.Name, interfaceField.Type, interfaceField.Location) { Description = interfaceField.Description };
            foreach (var argument in interfaceField.Arguments) added.Arguments.Add(argument);
            added.Directives.AddRange(interfaceField.Directives);
            implementation.Fields.Add(added);
        }
        var coordinate = MergedSchema.Coordinate(implementation.Name, field.Name);
        if (!merged.FieldSources.TryGetValue(coordinate, out var sources)) merged.FieldSources[coordinate] = sources = [];
        if (!sources.Any(s => s.Schema == source.Name)) sources.Add(interfaceSource);
    }
}
