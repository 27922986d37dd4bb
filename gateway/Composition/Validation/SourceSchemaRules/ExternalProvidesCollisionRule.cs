using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>An @external field is resolved elsewhere, so this schema cannot promise its subfields with @provides.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-External-Provides-Collision"/>
public sealed class ExternalProvidesCollisionRule : ISourceSchemaRule
{
    public string Code => "EXTERNAL_PROVIDES_COLLISION";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var (type, field) in schema.Fields().Where(f => f.Field.IsExternal() && f.Field.HasDirective(CompositeDirectives.Provides)))
            log.Error(Code, schema, field, $"{type.Name}.{field.Name} is both @external and @provides. Remove @external if this schema resolves the field, or @provides if it does not.");
    }
}
