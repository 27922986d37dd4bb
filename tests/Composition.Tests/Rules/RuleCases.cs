namespace FederatedGraph.Composition.Tests.Rules;

/// <summary>
/// Schemas for one composition rule: sets that must compose without the rule's code, and sets that must
/// produce it at a given place. Source schemas are named "a", "b", "c"... in the order given.
/// </summary>
public interface IRuleCases
{
    string Code { get; }

    IEnumerable<ValidCase> Valid { get; }

    IEnumerable<InvalidCase> Invalid { get; }
}

/// <summary>Source schemas in which the rule must find nothing.</summary>
public sealed record ValidCase(string Description, params string[] Schemas)
{
    public override string ToString() => Description;
}

/// <summary>Source schemas in which the rule must report its code in <paramref name="Schema"/> at line:column.</summary>
public sealed record InvalidCase(string Description, string Schema, int Line, int Column, params string[] Schemas)
{
    public override string ToString() => Description;
}
