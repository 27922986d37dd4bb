using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>Interface fields are abstract: only an object type's field has an owner to take over from.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Override-on-Interface"/>
public sealed class OverrideOnInterfaceRule : ISourceSchemaRule
{
    public string Code => "OVERRIDE_ON_INTERFACE";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var (type, field) in schema.Fields().Where(f => f.Type.Kind == TypeKind.Interface && f.Field.HasDirective(CompositeDirectives.Override)))
            log.Error(Code, schema, field, $"The interface field {type.Name}.{field.Name} has @override. Move @override to the field on the implementing object types.");
    }
}
