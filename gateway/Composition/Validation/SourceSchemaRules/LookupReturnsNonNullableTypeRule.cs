using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>
/// A lookup should be nullable: another registry may not know the entity, and a non-null lookup would turn
/// that into an error that erases its parent. A warning, because it still composes.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Lookup-Returns-Non-Nullable-Type"/>
public sealed class LookupReturnsNonNullableTypeRule : ISourceSchemaRule
{
    public string Code => "LOOKUP_RETURNS_NON_NULLABLE_TYPE";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var type in schema.ComplexTypes)
            foreach (var field in type.Fields.Where(f => f.IsLookup() && f.Type.IsNonNull))
                log.Warning(Code, schema, field,
                    $"The lookup {type.Name}.{field.Name} returns the non-null {field.Type}. Make it return {field.Type.Nullable()}, so a missing entity is null instead of an error.");
    }
}
