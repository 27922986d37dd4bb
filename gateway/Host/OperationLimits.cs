using GraphQLParser.AST;

namespace FederatedGraph.Gateway;

/// <summary>
/// Refuses operations that ask too much before they are validated or planned: too deep, too many aliases or
/// too many root fields. Fragments count where they are spread; each fragment is measured once, so a chain of
/// fragments spreading each other many times costs the gateway linear work while its size is counted in full.
/// </summary>
public sealed class OperationLimits(GatewayLimits limits)
{
    public void Check(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var measure = new OperationMeasure(document);
        var shape = measure.Measure(operation.SelectionSet);
        var location = ErrorLocation.Of(document, operation);
        if (shape.Depth > limits.MaxDepth)
            throw Rejected(RequestErrorCodes.MaxDepthExceeded, $"The operation nests {shape.Depth} levels deep; the limit is {limits.MaxDepth}.", location);
        if (shape.Aliases > limits.MaxAliases)
            throw Rejected(RequestErrorCodes.MaxAliasesExceeded, $"The operation uses {shape.Aliases} aliases; the limit is {limits.MaxAliases}.", location);
        var rootFields = measure.RootFields(operation.SelectionSet);
        if (rootFields > limits.MaxRootFields)
            throw Rejected(RequestErrorCodes.MaxRootFieldsExceeded, $"The operation selects {rootFields} root fields; the limit is {limits.MaxRootFields}.", location);
    }

    private static OperationRejectedException Rejected(string code, string message, ErrorLocation location)
        => new(new RequestError(message, code, [location]));

    private readonly record struct Shape(int Depth, long Aliases);

    private sealed class OperationMeasure(GraphQLDocument document)
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = document.Definitions
            .OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First());
        private readonly Dictionary<string, Shape> _shapes = [];
        private readonly Dictionary<string, long> _rootFields = [];
        private readonly HashSet<string> _visiting = [];

        public Shape Measure(GraphQLSelectionSet? selectionSet)
        {
            if (selectionSet is null) return default;
            var depth = 0;
            var aliases = 0L;
            foreach (var selection in selectionSet.Selections)
            {
                var shape = selection switch
                {
                    GraphQLField field => MeasureField(field),
                    GraphQLInlineFragment inline => Measure(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Spread(spread, _shapes, Measure, default),
                    _ => default,
                };
                depth = Math.Max(depth, shape.Depth);
                aliases = SaturatingAdd(aliases, shape.Aliases);
            }
            return new Shape(depth, aliases);
        }

        public long RootFields(GraphQLSelectionSet selectionSet)
        {
            var count = 0L;
            foreach (var selection in selectionSet.Selections)
            {
                count = SaturatingAdd(count, selection switch
                {
                    GraphQLField => 1,
                    GraphQLInlineFragment inline => RootFields(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Spread(spread, _rootFields, RootFields, 0L),
                    _ => 0,
                });
            }
            return count;
        }

        private Shape MeasureField(GraphQLField field)
        {
            var below = Measure(field.SelectionSet);
            var aliases = SaturatingAdd(below.Aliases, field.Alias is null ? 0 : 1);
            // Introspection is answered from the schema and deep by nature (type references nest): no depth.
            var depth = field.Name.StringValue.StartsWith("__", StringComparison.Ordinal) ? 0 : 1 + below.Depth;
            return new Shape(depth, aliases);
        }

        /// <summary>Measures a spread fragment once and remembers the result; an unknown or cyclic
        /// fragment counts nothing here, validation reports it.</summary>
        private T Spread<T>(GraphQLFragmentSpread spread, Dictionary<string, T> measured, Func<GraphQLSelectionSet, T> measure, T none)
        {
            var name = spread.FragmentName.Name.StringValue;
            if (measured.TryGetValue(name, out var known)) return known;
            if (!_fragments.TryGetValue(name, out var fragment) || !_visiting.Add(name)) return none;
            var result = measure(fragment.SelectionSet);
            _visiting.Remove(name);
            measured[name] = result;
            return result;
        }

        private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
    }
}
