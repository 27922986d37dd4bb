using FederatedGraph.Composition.Model;
using GraphQLParser.AST;

namespace FederatedGraph.Composition.Apollo;

/// <summary>
/// Apollo merges an enum that only Apollo subgraphs define by where it is used: only in inputs, its values are the
/// intersection (a value must be accepted by every subgraph the gateway may send it to); only in outputs, the union
/// (every value a subgraph may return is visible). Composite Schemas instead asks for the same values everywhere,
/// unless marked <c>@inaccessible</c>. Before validation, this brings Apollo enums to that form: an input-only
/// enum's values that some subgraph lacks become <c>@inaccessible</c>, an output-only enum's values are added where
/// they are missing (a subgraph that never takes the enum as input is never sent them). An enum used both ways
/// keeps the Composite Schemas rule, as in Apollo, where it must be the same everywhere.
/// </summary>
internal static class ApolloEnums
{
    public static void Prepare(IReadOnlyList<SchemaModel> schemas)
    {
        var byName = schemas.SelectMany(s => s.Types.OfType<EnumTypeDefinition>().Select(e => (Schema: s, Enum: e))).GroupBy(d => d.Enum.Name);
        foreach (var group in byName)
        {
            var definitions = group.ToList();
            if (definitions.Count < 2 || definitions.Any(d => d.Schema.Apollo is null)) continue;
            var asInput = schemas.Any(s => InputTypes(s).Contains(group.Key));
            var asOutput = schemas.Any(s => OutputTypes(s).Contains(group.Key));
            var all = definitions.SelectMany(d => d.Enum.Values.Select(v => v.Name)).Distinct().ToList();
            foreach (var (_, enumType) in definitions)
            {
                if (asInput && !asOutput)
                {
                    foreach (var value in enumType.Values.Where(v => definitions.Any(d => !d.Enum.Values.Contains(v.Name)) && !v.IsInaccessible()))
                        value.Directives.Add(new DirectiveApplication(CompositeDirectives.Inaccessible, new Dictionary<string, GraphQLValue>(), value.Location));
                }
                else if (asOutput && !asInput)
                {
                    foreach (var missing in all.Where(name => !enumType.Values.Contains(name)))
                    {
                        var original = definitions.Select(d => d.Enum.Values[missing]).First(v => v is not null)!;
                        var added = new EnumValueDefinition(missing, original.Location) { Description = original.Description };
                        added.Directives.AddRange(original.Directives);
                        enumType.Values.Add(added);
                    }
                }
            }
        }
    }

    private static HashSet<string> InputTypes(SchemaModel schema)
        => schema.ComplexTypes.SelectMany(t => t.Fields).SelectMany(f => f.Arguments).Select(a => a.Type.NamedType)
            .Concat(schema.Types.OfType<InputObjectTypeDefinition>().SelectMany(i => i.Fields).Select(f => f.Type.NamedType))
            .ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> OutputTypes(SchemaModel schema)
        => schema.ComplexTypes.SelectMany(t => t.Fields).Select(f => f.Type.NamedType).ToHashSet(StringComparer.Ordinal);
}
