using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace FederatedGraph.Subgraphs.Toolkit.ApolloFederation;

/// <summary>
/// Resolves <c>_entities(representations:)</c>: each representation through the registry's own lookup of its
/// <c>__typename</c>, with the key fields as the lookup's arguments, as if the gateway had called the lookup. Every
/// lookup is called before any result is awaited, so the lookups' batch loaders read all keys of one type in one SQL
/// query, however many representations there are. The answer keeps the order of the representations; an unknown entity
/// is null, and a representation that names no entity of this registry or carries a malformed key is null with an error
/// at its index.
/// </summary>
internal sealed class EntitiesResolver : IFieldResolver
{
    private Dictionary<string, EntityLookup[]>? _lookups;

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        // Built on first use: the lookups' types are known only once the schema is initialised.
        var lookups = _lookups ??= EntityLookup.In(context.Schema.Query)
            .GroupBy(lookup => lookup.EntityType.Name)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
        var representations = ((IEnumerable<object?>)context.Arguments![ApolloSubgraphFields.Representations].Value!).ToList();
        var pending = new Pending[representations.Count];
        for (var i = 0; i < pending.Length; i++)
        {
            try
            {
                pending[i] = new Pending(Lookup(context, lookups, representations[i]), null);
            }
            catch (ExecutionError error)
            {
                pending[i] = new Pending(default, error);
            }
        }
        // The context is only valid while this resolver runs; the results are awaited later.
        return new ValueTask<object?>(new Results(pending, context.Errors, [.. context.ResponsePath]));
    }

    private static ValueTask<object?> Lookup(IResolveFieldContext context, Dictionary<string, EntityLookup[]> lookups, object? representation)
    {
        if (representation is not IDictionary<string, object?> fields || !fields.TryGetValue("__typename", out var typename) || typename is not string name)
            throw Invalid("A representation is an object with the entity's __typename and key fields.");
        if (!lookups.TryGetValue(name, out var candidates))
            throw Invalid($"'{name}' is not an entity this registry resolves.");
        var lookup = candidates.FirstOrDefault(l => l.RequiredFields.All(field => fields.TryGetValue(field, out var value) && value is not null))
            ?? throw Invalid($"The representation of '{name}' lacks the key fields of its lookup ({string.Join(", ", candidates[0].RequiredFields)}).");

        var arguments = new Dictionary<string, ArgumentValue>(lookup.Arguments.Count);
        foreach (var (argument, field) in lookup.Arguments)
            arguments[argument.Name] = fields.TryGetValue(field, out var value)
                ? new ArgumentValue(RepresentationValues.Coerce(argument, field, value), ArgumentSource.Variable)
                : new ArgumentValue(argument.DefaultValue, ArgumentSource.FieldDefault);
        // The lookup reads the selection of this field: its fragments on the entity decide what the loader projects.
        return lookup.Field.Resolver!.ResolveAsync(new ResolveFieldContext(context)
        {
            FieldDefinition = lookup.Field,
            Arguments = arguments,
        });
    }

    private static ExecutionError Invalid(string message) => new(message) { Code = ErrorCodes.InvalidArgument };

    private readonly record struct Pending(ValueTask<object?> Lookup, ExecutionError? Error);

    private sealed class Results(Pending[] pending, ExecutionErrors errors, object[] path) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var found = await Task.WhenAll(pending.Select(item => ValueOfAsync(item, cancellationToken)));
            var values = new object?[found.Length];
            for (var i = 0; i < found.Length; i++)
            {
                values[i] = found[i].Value;
                if (found[i].Error is not { } error) continue;
                error.Path = [.. path, i];
                errors.Add(error);
            }
            return values;
        }

        private static async Task<(object? Value, ExecutionError? Error)> ValueOfAsync(Pending item, CancellationToken cancellationToken)
        {
            if (item.Error is not null) return (null, item.Error);
            try
            {
                var value = await item.Lookup;
                // A lookup answers with a loader result, which may lead to another (a second batched step).
                while (value is IDataLoaderResult result) value = await result.GetResultAsync(cancellationToken);
                return (value, null);
            }
            catch (ExecutionError error)
            {
                return (null, error);
            }
        }
    }
}
