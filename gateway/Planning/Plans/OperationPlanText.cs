using System.Text;

namespace FederatedGraph.Gateway.Planning.Plans;

/// <summary>
/// The readable form of a plan, one block per fetch, then one per batch of entity fetches sent as one request:
/// <code>
/// Fetch 2 · hr · after 1 · at personen.nodes
///   persoon(burgerservicenummer: $_fg_k0 = _fg_burgerservicenummer)
///   query($_fg_k0: String!) { persoon(burgerservicenummer: $_fg_k0) { ondernemingen { naam } } }
/// </code>
/// </summary>
internal static class OperationPlanText
{
    public static string Write(OperationPlan plan)
    {
        var text = new StringBuilder();
        text.Append(plan.Operation.Operation.ToString().ToLowerInvariant());
        if (plan.Operation.Name is { } name) text.Append(' ').Append(name.StringValue);
        text.Append(": ").Append(plan.Fetches.Count).Append(plan.Fetches.Count == 1 ? " fetch" : " fetches").Append('\n');
        foreach (var fetch in plan.Fetches)
        {
            text.Append("Fetch ").Append(fetch.Id).Append(" · ").Append(fetch.SourceSchema);
            if (fetch.DependsOn.Count > 0) text.Append(" · after ").AppendJoin(", ", fetch.DependsOn);
            text.Append(" · ").Append(fetch.Kind == FetchKind.Root ? "root" : "at " + string.Join('.', fetch.Target)).Append('\n');
            if (fetch.Lookup is { IsEntities: true } entities)
                text.Append("  entities ").Append(entities.TypeName).Append(" { ").AppendJoin(", ", entities.KeyFields)
                    .Append(entities.RequiredFields.Count > 0 ? " } requires { " + string.Join(", ", entities.RequiredFields) + " }\n" : " }\n");
            else if (fetch.Lookup is { } lookup)
            {
                text.Append("  lookup ").AppendJoin("", lookup.Path.Select(p => p + ".")).Append(lookup.Field).Append('(')
                    .AppendJoin(", ", lookup.Variables.Select(v => $"${v.Name} = {string.Join('.', v.ValuePath)}")).Append(")\n");
            }
            text.Append("  ").Append(fetch.Document).Append('\n');
        }
        foreach (var batch in plan.Fetches.Select(f => f.Batch).OfType<FetchBatch>().Distinct().Where(b => b.Fetches.Count > 1))
        {
            text.Append("Batch · ").Append(batch.SourceSchema).Append(" · fetches ").AppendJoin(", ", batch.Fetches.Select(f => f.Id));
            if (batch.DependsOn.Count > 0) text.Append(" · after ").AppendJoin(", ", batch.DependsOn);
            text.Append(batch.IsEntities ? "\n" : " · their variable batches in one request batch\n");
            foreach (var call in batch.Calls.Where(_ => batch.Calls.Count > 1))
                text.Append("  ").Append(call.ResponseName).Append(": fetches ").AppendJoin(", ", call.Fetches.Select(f => f.Id)).Append('\n');
            if (batch.Calls.Count > 1) text.Append("  ").Append(batch.Document).Append('\n');
        }
        return text.ToString();
    }
}
