using System.Text;
using FederatedGraph.Composition.FieldSelection;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>
/// Reads the <c>FieldSelectionMap</c> of <c>@is</c> and <c>@require</c>. The spec's grammar lets a path segment
/// supply arguments (<c>prijs(valuta: EUR)</c>); the shared parser does not know them, so they are taken out
/// before parsing and reported, leaving it to the rules to decide whether arguments are allowed.
/// </summary>
internal static class SelectionMapText
{
    public static SelectedValue? TryParse(string text, out bool suppliesArguments, out string? error)
        => FieldSelectionMap.TryParse(WithoutArguments(text, out suppliesArguments), out error);

    /// <summary>The text without the parenthesised argument lists that follow a name; quoted strings inside them are skipped over.</summary>
    private static string WithoutArguments(string text, out bool found)
    {
        found = false;
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(' && FollowsName(result) && ClosingParenthesis(text, i) is { } end)
            {
                found = true;
                i = end;
                continue;
            }
            result.Append(text[i]);
        }
        return result.ToString();
    }

    private static bool FollowsName(StringBuilder before)
    {
        var last = before.ToString().TrimEnd();
        return last.Length > 0 && (char.IsAsciiLetterOrDigit(last[^1]) || last[^1] == '_');
    }

    private static int? ClosingParenthesis(string text, int open)
    {
        var depth = 0;
        var inString = false;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            }
            else if (c == '"') inString = true;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        return null;
    }
}
