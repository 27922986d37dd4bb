using FederatedGraph.Gateway.Configuration;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using GraphQLParser.Visitors;

namespace FederatedGraph.Gateway.Planning.Schema;

/// <summary>
/// A field selection map that names a value of the entity by a path of fields, e.g. <c>identificatie</c>,
/// <c>adres.postcode</c> or <c>id(bron: KADASTER)</c>: a segment may pass constant arguments to its field, as keys
/// and <c>@is</c> maps may. The richer forms of the spec (lists, objects, alternatives, type conditions) are refused
/// when the model is built, so a configuration that needs them fails at start-up and not per request.
/// </summary>
public sealed record FieldPath(IReadOnlyList<FieldPathSegment> Segments)
{
    public static FieldPath Parse(string text)
    {
        var map = text.Trim();
        var segments = new List<FieldPathSegment>();
        var position = 0;
        while (true)
        {
            var start = position;
            while (position < map.Length && (char.IsAsciiLetterOrDigit(map[position]) || map[position] == '_')) position++;
            if (position == start) throw Unsupported(map);
            var field = map[start..position];
            IReadOnlyList<GraphQLArgument> arguments = [];
            if (position < map.Length && map[position] == '(')
            {
                var close = FieldSelectionMapText.ClosingParenthesis(map, position) ?? throw Unsupported(map);
                arguments = Arguments(map, map[position..(close + 1)]);
                position = close + 1;
            }
            segments.Add(new FieldPathSegment(field, arguments));
            if (position == map.Length) return new FieldPath(segments);
            if (map[position] != '.') throw Unsupported(map);
            position++;
        }
    }

    public override string ToString() => string.Join('.', Segments);

    private static IReadOnlyList<GraphQLArgument> Arguments(string map, string text)
    {
        try
        {
            var document = Parser.Parse("{ f" + text + " }");
            var field = (GraphQLField)((GraphQLOperationDefinition)document.Definitions[0]).SelectionSet.Selections[0];
            var arguments = field.Arguments!.Items;
            // Composition has checked that the arguments are constants; a variable here would have no value to take.
            if (arguments.Any(a => ContainsVariable(a.Value))) throw Unsupported(map);
            return arguments;
        }
        catch (GraphQLSyntaxErrorException)
        {
            throw Unsupported(map);
        }
    }

    private static bool ContainsVariable(GraphQLValue value) => value switch
    {
        GraphQLVariable => true,
        GraphQLListValue list => (list.Values ?? []).Any(ContainsVariable),
        GraphQLObjectValue obj => (obj.Fields ?? []).Any(f => ContainsVariable(f.Value)),
        _ => false,
    };

    private static NotSupportedException Unsupported(string map)
        => new($"The field selection map '{map}' is not supported: only field paths such as 'a.b' or 'a(x: 1).b' are.");
}

/// <summary>One field of a <see cref="FieldPath"/> and the constant arguments it is selected with.</summary>
public sealed record FieldPathSegment(string Field, IReadOnlyList<GraphQLArgument> Arguments)
{
    private static readonly SDLPrinter Printer = new();

    /// <summary>The arguments as GraphQL text, e.g. <c>(bron: KADASTER)</c>, or empty: equal text selects the same value.</summary>
    public string ArgumentText => Arguments.Count == 0
        ? ""
        : "(" + string.Join(", ", Arguments.Select(a => $"{a.Name.StringValue}: {Printer.Print(a.Value)}")) + ")";

    public override string ToString() => Field + ArgumentText;
}
