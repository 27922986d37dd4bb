using FederatedGraph.Gateway.Configuration;
using GraphQLParser.AST;

namespace FederatedGraph.Composition.FieldSelection;

/// <summary>Parses <c>FieldSelectionMap</c> strings (the <c>field</c> of <c>@is</c> and <c>@require</c>).</summary>
public static class FieldSelectionMap
{
    /// <summary>The parsed value, or null with the reason and the 1-based character position of the problem.</summary>
    public static SelectedValue? TryParse(string text, out string? error)
    {
        var parser = new Parser(text);
        try
        {
            var value = parser.ParseValue();
            parser.ExpectEnd();
            error = null;
            return value;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return null;
        }
    }

    public static SelectedValue Parse(string text)
        => TryParse(text, out var error) ?? throw new FormatException($"Invalid field selection map '{text}': {error}");

    private sealed class Parser(string text)
    {
        private int position;

        public SelectedValue ParseValue()
        {
            var options = new List<SelectedValue> { ParseEntry() };
            while (TryTake('|')) options.Add(ParseEntry());
            return options.Count == 1 ? options[0] : new SelectedChoice(options);
        }

        public void ExpectEnd()
        {
            SkipIgnored();
            if (position < text.Length) throw Error($"unexpected '{text[position]}'");
        }

        private SelectedValue ParseEntry()
        {
            if (Peek() == '{') return ParseObject();
            if (Peek() == '[') return ParseList();

            var path = ParsePath(out var selectionFollows);
            if (selectionFollows) return new SelectedPath(path, ParseObject());
            return Peek() == '[' ? new SelectedPath(path, ParseList()) : new SelectedPath(path, null);
        }

        /// <summary>Reads a path; a trailing <c>.</c> before <c>{</c> means an object selection follows.</summary>
        private FieldPath ParsePath(out bool selectionFollows)
        {
            string? leadingType = null;
            if (TryTake('<'))
            {
                leadingType = Name();
                Expect('>');
                Expect('.');
            }
            var segments = new List<PathSegment>();
            selectionFollows = false;
            while (true)
            {
                var field = Name();
                var arguments = Arguments();
                string? typeCondition = null;
                if (TryTake('<'))
                {
                    typeCondition = Name();
                    Expect('>');
                    // A type condition only narrows what comes next, so something must follow it.
                    if (Peek() != '.') throw Error($"expected '.' after <{typeCondition}>");
                }
                segments.Add(new PathSegment(field, typeCondition) { Arguments = arguments });
                if (!TryTake('.')) break;
                if (Peek() == '{')
                {
                    selectionFollows = true;
                    break;
                }
            }
            return new FieldPath(leadingType, segments);
        }

        private SelectedObject ParseObject()
        {
            Expect('{');
            var fields = new List<SelectedObjectField>();
            while (Peek() != '}')
            {
                if (Peek() is null) throw Error("expected '}'");
                var name = Name();
                var value = TryTake(':')
                    ? ParseValue()
                    : new SelectedPath(new FieldPath(null, [new PathSegment(name, null) { Arguments = Arguments() }]), null);
                fields.Add(new SelectedObjectField(name, value));
            }
            Expect('}');
            if (fields.Count == 0) throw Error("an object selection needs at least one field");
            return new SelectedObject(fields);
        }

        private SelectedList ParseList()
        {
            Expect('[');
            var element = Peek() == '[' ? ParseList() : ParseValue();
            Expect(']');
            return new SelectedList(element);
        }

        /// <summary>
        /// The arguments after a field name, <c>(unit: CM)</c>, or none. They are GraphQL arguments, so GraphQL's
        /// parser reads them once their closing parenthesis is found.
        /// </summary>
        private IReadOnlyList<GraphQLArgument> Arguments()
        {
            if (Peek() != '(') return [];
            var open = position;
            var close = FieldSelectionMapText.ClosingParenthesis(text, open) ?? throw Error("expected ')'");
            if (FieldSelectionSet.TryParse("f" + text[open..(close + 1)], out var error) is not { Selections: [GraphQLField { Arguments: { } arguments }] })
                throw Error($"invalid arguments: {error}");
            position = close + 1;
            return arguments.Items;
        }

        private string Name()
        {
            SkipIgnored();
            var start = position;
            if (position < text.Length && (char.IsAsciiLetter(text[position]) || text[position] == '_'))
            {
                position++;
                while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_')) position++;
            }
            if (start == position) throw Error(position < text.Length ? $"expected a name but found '{text[position]}'" : "expected a name");
            return text[start..position];
        }

        private char? Peek()
        {
            SkipIgnored();
            return position < text.Length ? text[position] : null;
        }

        private bool TryTake(char c)
        {
            if (Peek() != c) return false;
            position++;
            return true;
        }

        private void Expect(char c)
        {
            if (!TryTake(c)) throw Error(position < text.Length ? $"expected '{c}' but found '{text[position]}'" : $"expected '{c}'");
        }

        // Commas are insignificant, as in GraphQL: "{ a, b }" equals "{ a b }".
        private void SkipIgnored()
        {
            while (position < text.Length && (char.IsWhiteSpace(text[position]) || text[position] == ',')) position++;
        }

        private FormatException Error(string message) => new($"{message} at position {position + 1}");
    }
}
