using System.Text;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace FederatedGraph.Composition.Output;

/// <summary>GraphQL string and value literals for printed SDL.</summary>
internal static class SdlText
{
    /// <summary>A quoted string with the escapes GraphQL requires.</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }

    /// <summary>A description: quoted on one line, or a block string when it spans lines.</summary>
    public static void AppendDescription(StringBuilder sdl, string? description, string indent)
    {
        if (string.IsNullOrEmpty(description)) return;
        if (!description.Contains('\n'))
        {
            sdl.Append(indent).Append(Quote(description)).Append('\n');
            return;
        }
        sdl.Append(indent).Append("\"\"\"\n");
        foreach (var line in description.Replace("\r\n", "\n").Split('\n'))
            sdl.Append(line.Length == 0 ? "" : indent + line.Replace("\"\"\"", "\\\"\"\"")).Append('\n');
        sdl.Append(indent).Append("\"\"\"\n");
    }

    public static string Value(GraphQLValue value) => new SDLPrinter().Print(value);
}
