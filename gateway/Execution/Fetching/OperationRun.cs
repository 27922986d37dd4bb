using System.Text.Json;
using FederatedGraph.Gateway.Execution.Results;
using FederatedGraph.Gateway.Execution.Telemetry;
using FederatedGraph.Gateway.Execution.Transport;
using FederatedGraph.Gateway.Planning.Plans;
using FederatedGraph.Gateway.Planning.Schema;

namespace FederatedGraph.Gateway.Execution.Fetching;

/// <summary>
/// Runs the fetches of one plan for one request: each as soon as the fetches it depends on are done, so
/// independent fetches run in parallel. Results are merged into one tree of <see cref="ResultObject"/>s under a
/// lock; a fetch that fails leaves its part missing and reports one error per affected path.
/// </summary>
internal sealed class OperationRun(
    OperationPlan plan,
    GatewayRequest request,
    CompositeSchema schema,
    SubgraphTransport transport,
    GatewayExecutionOptions options) : IDisposable
{
    private readonly Lock _lock = new();
    private readonly List<SubgraphResponse> _responses = [];

    public ResultObject Root { get; } = ResultObject.Empty();

    public List<GatewayError> Errors { get; } = [];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var tasks = new Task?[plan.Fetches.Count];
        var batches = new Dictionary<FetchBatch, Task>();

        // A batch's fetches share one task; it is started once, after the dependencies of all of them.
        Task TaskOf(int id)
        {
            var fetch = plan.Fetches[id - 1];
            if (tasks[id - 1] is { } started) return started;
            if (fetch.Batch is { } batch)
            {
                if (!batches.TryGetValue(batch, out var batchTask))
                    batches[batch] = batchTask = RunAfterAsync(
                        () => batch.IsEntities ? RunEntitiesBatchAsync(batch, cancellationToken) : RunLookupBatchAsync(batch, cancellationToken),
                        batch.DependsOn.Select(TaskOf).ToArray());
                return tasks[id - 1] = batchTask;
            }
            return tasks[id - 1] = RunAfterAsync(() => fetch.Kind == FetchKind.Root ? RunRootAsync(fetch, cancellationToken) : RunEntityAsync(fetch, cancellationToken),
                fetch.DependsOn.Select(TaskOf).ToArray());
        }

        await Task.WhenAll(plan.Fetches.Select(f => TaskOf(f.Id)));
    }

    private static async Task RunAfterAsync(Func<Task> run, Task[] dependencies)
    {
        if (dependencies.Length > 0) await Task.WhenAll(dependencies);
        await run();
    }

    private async Task RunRootAsync(Fetch fetch, CancellationToken cancellationToken)
    {
        var body = RequestBodies.Single(fetch.Document, writer => WriteForwarded(writer, fetch.ForwardedVariables));
        SubgraphResponse response;
        using var telemetry = FetchTelemetry.Start(fetch, items: 1);
        try
        {
            var (bytes, length) = await transport.PostAsync(fetch.SourceSchema, body, batch: false, request.ForwardedHeaders, cancellationToken);
            response = SubgraphResponse.Single(bytes, length);
            CheckShape(response.Results[0]);
            telemetry.Answered(HasErrors(response));
        }
        catch (SubgraphFailure failure)
        {
            telemetry.Failed(failure.Code, failure.Message);
            lock (_lock)
            {
                Root.FetchFailed = true;
                foreach (var name in fetch.ResponseNames) Errors.Add(new GatewayError(failure.Message, failure.Code, [name], fetch.SourceSchema));
            }
            return;
        }

        lock (_lock)
        {
            _responses.Add(response);
            var result = response.Results[0];
            if (result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object) Root.Merge(data);
            foreach (var error in ErrorsOf(result))
                Errors.Add(SubgraphError(fetch.SourceSchema, error, SubgraphPath(error, 0) is { } path ? [.. path] : null));
        }
    }

    private async Task RunEntityAsync(Fetch fetch, CancellationToken cancellationToken)
    {
        EntityBatch batch;
        lock (_lock) batch = EntityBatch.Collect(Root, fetch, request.Variables);
        await RunLookupAsync(fetch, batch, cancellationToken);
    }

    /// <summary>A lookup fetch's entities in requests of at most <see cref="GatewayExecutionOptions.MaxBatchSize"/> each.</summary>
    private async Task RunLookupAsync(Fetch fetch, EntityBatch batch, CancellationToken cancellationToken)
    {
        var chunks = new List<Task>();
        for (var start = 0; start < batch.Count; start += options.MaxBatchSize)
            chunks.Add(RunEntityChunkAsync(fetch, fetch.Lookup!, batch, start, Math.Min(options.MaxBatchSize, batch.Count - start), cancellationToken));
        await Task.WhenAll(chunks);
    }

    private async Task RunEntityChunkAsync(Fetch fetch, EntityLookup lookup, EntityBatch batch, int start, int count, CancellationToken cancellationToken)
    {
        var source = schema.SourceSchema(fetch.SourceSchema);
        var aliases = count > 1 && !source.VariableBatching && !source.RequestBatching;
        SubgraphResponse response;
        using var telemetry = FetchTelemetry.Start(fetch, count);
        try
        {
            if (count == 1 || aliases)
            {
                var document = aliases ? lookup.AliasBatchDocument(count) : fetch.Document;
                var body = RequestBodies.Single(document, writer => batch.WriteVariables(writer, start, count, aliases, w => WriteForwarded(w, fetch.ForwardedVariables)));
                var (bytes, length) = await transport.PostAsync(fetch.SourceSchema, body, batch: false, request.ForwardedHeaders, cancellationToken);
                response = SubgraphResponse.Single(bytes, length);
            }
            else
            {
                var body = source.VariableBatching
                    ? RequestBodies.VariableBatch(fetch.Document, count, (writer, i) => batch.WriteVariables(writer, start + i, 1, false, w => WriteForwarded(w, fetch.ForwardedVariables)))
                    : RequestBodies.RequestBatch(fetch.Document, count, (writer, i) => batch.WriteVariables(writer, start + i, 1, false, w => WriteForwarded(w, fetch.ForwardedVariables)));
                var (bytes, length) = await transport.PostAsync(fetch.SourceSchema, body, batch: true, request.ForwardedHeaders, cancellationToken);
                response = SubgraphResponse.Batch(bytes, length, count, source.VariableBatching ? "variableIndex" : "requestIndex");
            }
            foreach (var result in response.Results) CheckShape(result);
            telemetry.Answered(HasErrors(response));
        }
        catch (SubgraphFailure failure)
        {
            telemetry.Failed(failure.Code, failure.Message);
            lock (_lock) ReportFailure(fetch, batch, start, count, failure);
            return;
        }

        lock (_lock)
        {
            _responses.Add(response);
            var paths = new Lazy<Dictionary<ResultObject, object[]>>(() => batch.Paths(Root, fetch));
            for (var i = 0; i < count; i++)
            {
                // Alias batches answer all entities in one result; the others one result per entity.
                if (aliases) MergeLookupResult(fetch, batch, start + i, response.Results[0], EntityLookup.AliasPrefix + i, paths);
                else MergeLookupResult(fetch, batch, start + i, response.Results[i], null, paths);
            }
        }
    }

    /// <summary>
    /// Lookup fetches of one source schema and plan level in one request: a request batch whose requests are the
    /// fetches' variable batches, each with its own document, answered line by line with <c>requestIndex</c> and
    /// <c>variableIndex</c>. A fetch alone with entities, or fetches with more entities together than fit one request,
    /// go as they would alone.
    /// </summary>
    private async Task RunLookupBatchAsync(FetchBatch fetchBatch, CancellationToken cancellationToken)
    {
        var fetches = fetchBatch.Fetches;
        EntityBatch[] batches;
        lock (_lock) batches = fetches.Select(f => EntityBatch.Collect(Root, f, request.Variables)).ToArray();
        var sent = Enumerable.Range(0, fetches.Count).Where(i => batches[i].Count > 0).ToList();
        if (sent.Count <= 1 || sent.Sum(i => batches[i].Count) > options.MaxBatchSize)
        {
            await Task.WhenAll(sent.Select(i => RunLookupAsync(fetches[i], batches[i], cancellationToken)));
            return;
        }

        SubgraphResponse response;
        using var telemetry = FetchTelemetry.Start(fetchBatch, sent.Sum(i => batches[i].Count));
        try
        {
            var body = RequestBodies.RequestBatchOfVariableBatches([.. sent.Select(i => (fetches[i].Document, batches[i].Count,
                (Action<Utf8JsonWriter, int>)((writer, set) => batches[i].WriteVariables(writer, set, 1, false, w => WriteForwarded(w, fetches[i].ForwardedVariables)))))]);
            var (bytes, length) = await transport.PostAsync(fetchBatch.SourceSchema, body, batch: true, request.ForwardedHeaders, cancellationToken);
            response = SubgraphResponse.RequestBatchOfVariableBatches(bytes, length, [.. sent.Select(i => batches[i].Count)]);
            foreach (var result in response.Results) CheckShape(result);
            telemetry.Answered(HasErrors(response));
        }
        catch (SubgraphFailure failure)
        {
            telemetry.Failed(failure.Code, failure.Message);
            lock (_lock)
                foreach (var i in sent) ReportFailure(fetches[i], batches[i], 0, batches[i].Count, failure);
            return;
        }

        lock (_lock)
        {
            _responses.Add(response);
            var position = 0;
            foreach (var i in sent)
            {
                var paths = new Lazy<Dictionary<ResultObject, object[]>>(() => batches[i].Paths(Root, fetches[i]));
                for (var set = 0; set < batches[i].Count; set++) MergeLookupResult(fetches[i], batches[i], set, response.Results[position++], null, paths);
            }
        }
    }

    /// <summary>
    /// Merges the lookup's answer for variable set <paramref name="set"/> into its entities, with the errors below
    /// them; <paramref name="alias"/> is where an alias batch answers this set (null: the lookup field of its own result).
    /// </summary>
    private void MergeLookupResult(Fetch fetch, EntityBatch batch, int set, JsonElement result, string? alias, Lazy<Dictionary<ResultObject, object[]>> paths)
    {
        var lookup = fetch.Lookup!;
        var entity = Entity(result, lookup, alias ?? lookup.Field);
        foreach (var target in batch.Targets(set))
            if (entity.ValueKind == JsonValueKind.Object) target.Merge(entity);

        foreach (var error in ErrorsOf(result))
        {
            if (alias is not null && !IsForAlias(error, lookup.Path.Count, alias)) continue;
            var remainder = SubgraphPath(error, lookup.Path.Count + 1);
            foreach (var target in batch.Targets(set))
                Errors.Add(SubgraphError(fetch.SourceSchema, error, [.. paths.Value[target], .. remainder ?? []]));
        }
    }

    /// <summary>
    /// A batch of Apollo entity fetches in one request: each <c>_entities</c> call with the representations of its
    /// fetches' entities, the same entity once; the subgraph answers them in order, null for an entity it does not have.
    /// </summary>
    private async Task RunEntitiesBatchAsync(FetchBatch batch, CancellationToken cancellationToken)
    {
        Representations[] calls;
        lock (_lock) calls = batch.Calls.Select(call => Representations.Collect(Root, call.Fetches)).ToArray();
        var byFetch = calls.SelectMany(c => c.ByFetch).ToList();
        var count = calls.Sum(c => c.Count);
        if (count == 0) return;

        SubgraphResponse response;
        using var telemetry = FetchTelemetry.Start(batch, count);
        try
        {
            var body = RequestBodies.Single(batch.Document!, writer =>
            {
                for (var c = 0; c < calls.Length; c++)
                {
                    writer.WritePropertyName(batch.Calls[c].Variable);
                    calls[c].WriteArray(writer);
                }
                WriteForwarded(writer, batch.ForwardedVariables);
            });
            var (bytes, length) = await transport.PostAsync(batch.SourceSchema, body, batch: false, request.ForwardedHeaders, cancellationToken);
            response = SubgraphResponse.Single(bytes, length);
            CheckShape(response.Results[0]);
            telemetry.Answered(HasErrors(response));
        }
        catch (SubgraphFailure failure)
        {
            telemetry.Failed(failure.Code, failure.Message);
            lock (_lock)
                foreach (var (fetch, targets) in byFetch) ReportFailure(fetch, targets, failure);
            return;
        }

        lock (_lock)
        {
            _responses.Add(response);
            var result = response.Results[0];
            var data = result.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
            var explained = ErrorsOf(result).Any();
            for (var c = 0; c < calls.Length; c++)
            {
                if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(batch.Calls[c].ResponseName, out var entities)
                    || entities.ValueKind != JsonValueKind.Array || entities.GetArrayLength() != calls[c].Count)
                {
                    // No list of one entity per representation, and no error that says why: the answer is not usable.
                    if (!explained)
                        foreach (var (fetch, targets) in calls[c].ByFetch)
                            ReportFailure(fetch, targets, SubgraphResponse.BadShape($"{batch.Calls[c].ResponseName} is not a list of {calls[c].Count} entities"));
                    continue;
                }
                for (var i = 0; i < calls[c].Count; i++)
                {
                    if (entities[i].ValueKind != JsonValueKind.Object) continue;
                    foreach (var target in calls[c].Targets(i)) target.Merge(entities[i]);
                }
            }

            var paths = new Lazy<Dictionary<ResultObject, object[]>>(() => Paths(byFetch));
            foreach (var error in ErrorsOf(result))
            {
                // [call, i, ...]: the error belongs to the entities of representation i of that call, below them.
                var path = SubgraphPath(error, 0);
                var call = path is [string name, int, ..] ? IndexOfCall(batch, name) : -1;
                if (call >= 0 && path is [_, int index, .. var below] && index < calls[call].Count)
                {
                    foreach (var target in calls[call].Targets(index))
                        Errors.Add(SubgraphError(batch.SourceSchema, error, [.. paths.Value[target], .. below]));
                    continue;
                }
                foreach (var (fetch, targets) in byFetch)
                    foreach (var target in targets) Errors.Add(SubgraphError(batch.SourceSchema, error, AtFetch(fetch, paths.Value[target])));
            }
        }
    }

    private static int IndexOfCall(FetchBatch batch, string responseName)
    {
        for (var c = 0; c < batch.Calls.Count; c++)
            if (batch.Calls[c].ResponseName == responseName) return c;
        return -1;
    }

    /// <summary>The response path of every entity of the fetches.</summary>
    private Dictionary<ResultObject, object[]> Paths(IEnumerable<(Fetch Fetch, IReadOnlySet<ResultObject> Targets)> byFetch)
    {
        var paths = new Dictionary<ResultObject, object[]>(ReferenceEqualityComparer.Instance);
        foreach (var (fetch, targets) in byFetch)
            foreach (var (target, path) in ResultTargets.Paths(Root, fetch.Target, targets)) paths[target] = path;
        return paths;
    }

    /// <summary>Where an error about a fetch's part of an entity goes: at the fetch's first field there, or the entity.</summary>
    private static object[] AtFetch(Fetch fetch, object[] entityPath)
        => fetch.ResponseNames.Count > 0 ? [.. entityPath, fetch.ResponseNames[0]] : entityPath;

    /// <summary>A failed entity fetch: its entities miss the fields it was for, each with one error that says why.</summary>
    private void ReportFailure(Fetch fetch, EntityBatch batch, int start, int count, SubgraphFailure failure)
        => ReportFailure(fetch, Enumerable.Range(start, count).SelectMany(batch.Targets).ToHashSet(), failure);

    private void ReportFailure(Fetch fetch, IReadOnlySet<ResultObject> targets, SubgraphFailure failure)
    {
        var paths = ResultTargets.Paths(Root, fetch.Target, targets);
        foreach (var target in targets)
        {
            target.FetchFailed = true;
            Errors.Add(new GatewayError(failure.Message, failure.Code, AtFetch(fetch, paths[target]), fetch.SourceSchema));
        }
    }

    private static JsonElement Entity(JsonElement result, EntityLookup lookup, string field)
    {
        if (!result.TryGetProperty("data", out var value)) return default;
        foreach (var step in lookup.Path.Append(field))
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(step, out value)) return default;
        }
        return value;
    }

    /// <summary>A result must be an object with <c>data</c> (an object or null) or with <c>errors</c> (a list).</summary>
    private static void CheckShape(JsonElement result)
    {
        var hasData = result.TryGetProperty("data", out var data);
        var hasErrors = result.TryGetProperty("errors", out var errors);
        if ((hasData && data.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            || (hasErrors && errors.ValueKind != JsonValueKind.Array)
            || (!hasData && !hasErrors))
            throw SubgraphResponse.BadShape("a result needs data (an object or null) or errors (a list)");
    }

    private static bool HasErrors(SubgraphResponse response)
    {
        foreach (var result in response.Results)
            if (result.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0) return true;
        return false;
    }

    private static IEnumerable<JsonElement> ErrorsOf(JsonElement result)
        => result.TryGetProperty("errors", out var errors) ? errors.EnumerateArray() : [];

    private static bool IsForAlias(JsonElement error, int position, string alias)
        => error.TryGetProperty("path", out var path) && path.ValueKind == JsonValueKind.Array && path.GetArrayLength() > position
           && path[position].ValueKind == JsonValueKind.String && path[position].ValueEquals(alias);

    /// <summary>The error's path in the subgraph's result without its first <paramref name="skip"/> segments; null when it has none.</summary>
    private static List<object>? SubgraphPath(JsonElement error, int skip)
    {
        if (!error.TryGetProperty("path", out var path) || path.ValueKind != JsonValueKind.Array) return null;
        var segments = new List<object>();
        foreach (var segment in path.EnumerateArray().Skip(skip))
            segments.Add(segment.ValueKind == JsonValueKind.Number ? segment.GetInt32() : segment.GetString() ?? "");
        return segments;
    }

    private static GatewayError SubgraphError(string sourceSchema, JsonElement error, IReadOnlyList<object>? path)
    {
        var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "The subgraph reported an error.";
        var extensions = error.TryGetProperty("extensions", out var e) && e.ValueKind == JsonValueKind.Object ? e : default;
        var code = extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String
            ? c.GetString()!
            : GatewayErrorCodes.SubgraphError;
        return new GatewayError(message, code, path, sourceSchema, extensions);
    }

    private void WriteForwarded(Utf8JsonWriter writer, IReadOnlyList<string> names)
    {
        if (request.Variables is not { ValueKind: JsonValueKind.Object } variables) return;
        foreach (var name in names)
        {
            if (!variables.TryGetProperty(name, out var value)) continue;
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }

    public void Dispose()
    {
        foreach (var response in _responses) response.Dispose();
    }
}
