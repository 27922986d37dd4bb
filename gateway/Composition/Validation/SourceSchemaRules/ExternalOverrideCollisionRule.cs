using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>An @external field is resolved elsewhere, so it cannot take over ownership with @override.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-External-Override-Collision"/>
public sealed class ExternalOverrideCollisionRule : ISourceSchemaRule
{
    public string Code => "EXTERNAL_OVERRIDE_COLLISION";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var (type, field) in schema.Fields().Where(f => f.Field.IsExternal() && f.Field.HasDirective(CompositeDirectives.Override)))
            log.Error(Code, schema, field, $"{type.Name}.{field.Name} is both @external and @override. Remove @external if this schema resolves the field, or @override if it does not.");
    }
}
