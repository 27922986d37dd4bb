using FederatedGraph.Gateway.Planning.Plans;

namespace FederatedGraph.Gateway.Planning.Planner;

/// <summary>
/// Puts the entity fetches of a plan into batches: one request per source schema and plan level, where a fetch's
/// level is one more than the highest level of the fetches it depends on. Fetches of one level never depend on each
/// other, so a batch can wait for all its fetches' dependencies without a cycle. Every Apollo entity fetch is in a
/// batch (of one, when alone); lookup fetches only where two or more meet and their source schema takes request
/// batches of variable batches (<paramref name="combinesBatches"/>).
/// </summary>
internal static class FetchBatcher
{
    public static void Batch(IReadOnlyList<Fetch> fetches, Func<string, bool> combinesBatches)
    {
        var levels = new int[fetches.Count];
        foreach (var fetch in fetches)
            levels[fetch.Id - 1] = 1 + fetch.DependsOn.Select(id => levels[id - 1]).DefaultIfEmpty(0).Max();

        foreach (var group in fetches.Where(f => f.Lookup is { IsEntities: true }).GroupBy(f => (f.SourceSchema, levels[f.Id - 1])))
        {
            var members = group.ToList();
            var alike = members.GroupBy(f => f.Document).Select(g => g.ToList()).ToList();
            var batch = alike.Count == 1 ? Single(alike[0]) : Aliased(alike);
            foreach (var fetch in members) fetch.Batch = batch;
        }

        var lookups = fetches.Where(f => f.Lookup is { IsEntities: false } && combinesBatches(f.SourceSchema));
        foreach (var group in lookups.GroupBy(f => (f.SourceSchema, levels[f.Id - 1])).Where(g => g.Count() > 1))
        {
            var members = group.ToList();
            var batch = new FetchBatch(members[0].SourceSchema, members, [], DependsOn(members), null, []);
            foreach (var fetch in members) fetch.Batch = batch;
        }
    }

    private static FetchBatch Single(List<Fetch> fetches)
        => new(fetches[0].SourceSchema, fetches, [new EntitiesCall("_entities", EntityLookup.RepresentationsVariable, fetches)],
            DependsOn(fetches), fetches[0].Document, fetches[0].ForwardedVariables);

    private static FetchBatch Aliased(List<List<Fetch>> alike)
    {
        var calls = alike.Select((fetches, i) => new EntitiesCall(
            EntityLookup.AliasPrefix + i, EntityLookup.AliasBatchVariable(EntityLookup.RepresentationsVariable, i), fetches)).ToList();
        var all = alike.SelectMany(f => f).ToList();
        return new FetchBatch(all[0].SourceSchema, all.OrderBy(f => f.Id).ToList(), calls, DependsOn(all), EntityLookup.AliasedDocument(alike.Select(f => f[0].Lookup!).ToList()),
            all.SelectMany(f => f.ForwardedVariables).Distinct().ToList());
    }

    private static List<int> DependsOn(List<Fetch> fetches) => fetches.SelectMany(f => f.DependsOn).Distinct().Order().ToList();
}
