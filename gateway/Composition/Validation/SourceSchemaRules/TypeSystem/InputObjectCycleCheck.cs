using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules.TypeSystem;

/// <summary>
/// An input object that requires itself through a chain of non-null, non-list fields can never be given
/// a finite value.
/// </summary>
internal sealed class InputObjectCycleCheck : ITypeSystemCheck
{
    public void Check(SchemaModel schema, Report report)
    {
        foreach (var input in schema.Types.OfType<InputObjectTypeDefinition>())
        {
            if (RequiredPath(schema, input, input, []) is { } path)
                report(input.Location, $"The input object {input.Name} requires itself through {string.Join(" -> ", path)}, so no value of it can be written. Make one of these fields nullable or a list.");
        }
    }

    /// <summary>The required fields leading from <paramref name="current"/> back to <paramref name="start"/>, or null.</summary>
    private static List<string>? RequiredPath(SchemaModel schema, InputObjectTypeDefinition start, InputObjectTypeDefinition current, HashSet<string> visited)
    {
        if (!visited.Add(current.Name)) return null;
        foreach (var field in current.Fields.Where(f => f is { Type: NonNullTypeReference { OfType: NamedTypeReference } }))
        {
            if (schema.Types[field.Type.NamedType] is not InputObjectTypeDefinition next) continue;
            var step = $"{current.Name}.{field.Name}";
            if (next == start) return [step];
            if (RequiredPath(schema, start, next, visited) is { } rest) return [step, .. rest];
        }
        return null;
    }
}
