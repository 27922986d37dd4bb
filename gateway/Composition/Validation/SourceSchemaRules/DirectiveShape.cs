using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>Compares a schema's own declaration of a specified directive with the specified one.</summary>
internal static class DirectiveShape
{
    /// <summary>
    /// What the declaration lacks: each specified argument must be there with exactly the specified type.
    /// Extra arguments are allowed, so a directive can grow without breaking schemas.
    /// </summary>
    public static IEnumerable<string> Differences(DirectiveDefinition specified, DirectiveDefinition declared)
    {
        foreach (var expected in specified.Arguments)
        {
            if (declared.Arguments[expected.Name] is not { } argument)
                yield return $"it lacks the argument '{expected.Name}: {expected.Type}'";
            else if (argument.Type != expected.Type)
                yield return $"its argument '{expected.Name}' is {argument.Type} instead of {expected.Type}";
        }
    }
}
