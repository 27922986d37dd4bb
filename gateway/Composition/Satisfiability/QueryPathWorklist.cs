using FederatedGraph.Composition.Merging;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Satisfiability;

/// <summary>A client-selectable field no owner can be reached for, with the shortest query path that leads to it.</summary>
internal sealed record UnsatisfiedField(IReadOnlyList<string> Path, ValuePosition Parent, string Field);

/// <summary>
/// The spec's worklist over (type, contexts) pairs: from the root types, every client-accessible field must
/// have a usable owner; the contexts its values are produced in become the next pairs. Equal pairs are
/// checked once, so cycles (Persoon.kinderen -> Persoon) end. Breadth first, so each failure is reported
/// with its shortest path, once per field.
/// </summary>
internal sealed class QueryPathWorklist(ExecutionModel model, FieldResolver resolver)
{
    public IEnumerable<UnsatisfiedField> Run()
    {
        var schema = model.Merged.Schema;
        var pending = new Queue<(ValuePosition Position, IReadOnlyList<string> Path)>();
        foreach (var root in new[] { schema.QueryTypeName, schema.MutationTypeName, schema.SubscriptionTypeName }.OfType<string>())
        {
            var contexts = model.Merged.TypeSources[root].Select(s => new ExecutionContext(s, root)).ToList();
            pending.Enqueue((new ValuePosition(root, contexts), []));
        }

        var visited = new HashSet<string>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var item))
        {
            var (position, path) = item;
            if (!visited.Add(Key(position)) || schema.Type<ComplexTypeDefinition>(position.Type) is not { } type) continue;

            foreach (var field in type.Fields.Where(f => !f.IsInaccessible()))
            {
                var coordinate = MergedSchema.Coordinate(type.Name, field.Name);
                IReadOnlyList<string> fieldPath = [.. path, coordinate];
                var owners = resolver.ResolveField(position.Contexts, type.Name, field.Name, CandidateSchemas.All, ActiveGoals.None);
                if (owners.Count == 0)
                {
                    if (reported.Add(coordinate)) yield return new UnsatisfiedField(fieldPath, position, field.Name);
                    continue;
                }

                var produced = owners.SelectMany(owner => model.FieldValueContexts(owner.Schema, type.Name, field.Name)).Distinct();
                foreach (var group in produced.GroupBy(c => c.Type).Where(g => model.IsClientAccessible(g.Key)))
                    pending.Enqueue((new ValuePosition(group.Key, [.. group]), fieldPath));
            }
        }
    }

    private static string Key(ValuePosition position)
        => position.Type + "|" + string.Join(",", position.Contexts.Select(c => c.Schema).Order(StringComparer.Ordinal));
}
