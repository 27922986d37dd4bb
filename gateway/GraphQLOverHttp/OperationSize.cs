using GraphQLParser.AST;

namespace FederatedGraph.GraphQLOverHttp;

/// <summary>
/// How much an operation asks for, measured on its syntax before it runs: how deep its selections nest, how many
/// aliases it uses, how many root fields it selects and how many fields it selects in all. Fragments count where they are spread, but each fragment
/// is measured once, so a chain of fragments spreading each other many times costs linear work while its size
/// is counted in full. Introspection fields have no depth: they are answered from the schema and nest by nature.
/// </summary>
public readonly record struct OperationSize(int Depth, long Aliases, long RootFields, long Fields)
{
    public static OperationSize Of(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var measure = new Measure(document);
        var (depth, aliases, fields) = measure.Shape(operation.SelectionSet);
        return new OperationSize(depth, aliases, measure.RootFields(operation.SelectionSet), fields);
    }

    private sealed class Measure(GraphQLDocument document)
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = FragmentDefinitions.ByName(document);
        private readonly Dictionary<string, (int, long, long)> _shapes = [];
        private readonly Dictionary<string, long> _rootFields = [];
        private readonly HashSet<string> _visiting = [];

        public (int Depth, long Aliases, long Fields) Shape(GraphQLSelectionSet? selectionSet)
        {
            if (selectionSet is null) return default;
            var depth = 0;
            var aliases = 0L;
            var fields = 0L;
            foreach (var selection in selectionSet.Selections)
            {
                var shape = selection switch
                {
                    GraphQLField field => FieldShape(field),
                    GraphQLInlineFragment inline => Shape(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Spread(spread, _shapes, Shape, default),
                    _ => default,
                };
                depth = Math.Max(depth, shape.Item1);
                aliases = SaturatingAdd(aliases, shape.Item2);
                fields = SaturatingAdd(fields, shape.Item3);
            }
            return (depth, aliases, fields);
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

        private (int, long, long) FieldShape(GraphQLField field)
        {
            var (depth, aliases, fields) = Shape(field.SelectionSet);
            return (field.Name.StringValue.StartsWith("__", StringComparison.Ordinal) ? 0 : 1 + depth,
                SaturatingAdd(aliases, field.Alias is null ? 0 : 1), SaturatingAdd(fields, 1));
        }

        /// <summary>Measures a spread fragment once and remembers the result; an unknown or cyclic fragment counts
        /// nothing here (validation reports it).</summary>
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
