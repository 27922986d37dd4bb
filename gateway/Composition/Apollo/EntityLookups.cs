using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Apollo;

/// <summary>
/// An Apollo subgraph's lookups: it has no <c>@lookup</c> fields, every resolvable <c>@key</c> of an object or
/// interface makes the entity fetchable through <c>_entities(representations:)</c> by that key.
/// </summary>
internal static class EntityLookups
{
    public static void Record(MergedSchema merged, SchemaModel source)
    {
        var facts = source.Apollo!;
        foreach (var type in source.ComplexTypes)
        {
            foreach (var key in type.Keys())
            {
                if (key.StringArgument("fields") is not { } fields || !facts.IsResolvable(type.Name, fields)) continue;
                var lookup = new Lookup(source.Name, "_entities", [], type.Name, fields, SelectionMaps.Representation(fields), IsInternal: false, key.Location)
                {
                    Entities = true,
                };
                if (!merged.Lookups.TryGetValue(type.Name, out var lookups)) merged.Lookups[type.Name] = lookups = [];
                lookups.Add(lookup);
            }
        }
    }
}
