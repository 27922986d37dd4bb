namespace FederatedGraph.Composition.Model;

/// <summary>A 1-based line and column in a source schema's SDL, for error messages a team can act on.</summary>
public readonly record struct SourceLocation(int Line, int Column)
{
    public static readonly SourceLocation Unknown = new(0, 0);

    public override string ToString() => $"{Line}:{Column}";
}
