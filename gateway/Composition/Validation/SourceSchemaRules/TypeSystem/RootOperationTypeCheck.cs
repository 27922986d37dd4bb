using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules.TypeSystem;

/// <summary>Each root operation type must be a defined object type, and no type can be the root of two operations.</summary>
internal sealed class RootOperationTypeCheck : ITypeSystemCheck
{
    public void Check(SchemaModel schema, Report report)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (operation, name) in new[] { ("query", schema.QueryTypeName), ("mutation", schema.MutationTypeName), ("subscription", schema.SubscriptionTypeName) })
        {
            if (name is null) continue;
            if (schema.Types[name] is not { Kind: TypeKind.Object })
                report(schema.SchemaDefinitionLocation, $"The {operation} root type {name} is not an object type defined in this schema. Define 'type {name}', or name an existing object type.");
            if (!seen.TryAdd(name, operation))
                report(schema.SchemaDefinitionLocation, $"{name} is the root type of both {seen[name]} and {operation}. Give each operation its own root type.");
        }
    }
}
