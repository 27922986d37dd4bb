namespace FederatedGraph.Gateway.Configuration;

/// <summary>Reading the text of a field selection map (as keys, <c>@is</c> and <c>@require</c> write them), shared by
/// composition, which validates the maps, and the planner, which follows them.</summary>
public static class FieldSelectionMapText
{
    /// <summary>The position of the parenthesis that closes the one at <paramref name="open"/>, skipping over string values.</summary>
    public static int? ClosingParenthesis(string text, int open)
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
