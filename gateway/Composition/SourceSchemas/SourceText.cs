using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.SourceSchemas;

/// <summary>Turns character offsets into 1-based lines and columns.</summary>
internal sealed class SourceText
{
    private readonly int[] lineStarts;

    public SourceText(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
        }
        lineStarts = [.. starts];
    }

    public SourceLocation At(int offset)
    {
        var line = Array.BinarySearch(lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return new SourceLocation(line + 1, offset - lineStarts[line] + 1);
    }
}
