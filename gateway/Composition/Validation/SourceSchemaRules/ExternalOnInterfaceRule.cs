using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>Interface fields are resolved by the implementing objects, so there is nothing to mark @external.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-External-on-Interface"/>
public sealed class ExternalOnInterfaceRule : ISourceSchemaRule
{
    public string Code => "EXTERNAL_ON_INTERFACE";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var (type, field) in schema.Fields().Where(f => f.Type.Kind == TypeKind.Interface && f.Field.IsExternal()))
            log.Error(Code, schema, field, $"The interface field {type.Name}.{field.Name} is @external. Remove @external here; mark the field @external on the implementing object types instead.");
    }
}
