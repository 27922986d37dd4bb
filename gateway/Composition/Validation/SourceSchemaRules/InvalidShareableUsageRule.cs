using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>
/// Only object fields can be resolved by several schemas: interface fields are abstract, and one subscription
/// event stream cannot come from several schemas.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Invalid-Shareable-Usage"/>
public sealed class InvalidShareableUsageRule : ISourceSchemaRule
{
    public string Code => "INVALID_SHAREABLE_USAGE";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var (type, field) in schema.Fields().Where(f => f.Field.HasDirective(CompositeDirectives.Shareable)))
        {
            if (type.Kind == TypeKind.Interface)
                log.Error(Code, schema, field, $"The interface field {type.Name}.{field.Name} is @shareable. Remove @shareable here; mark the fields of the implementing object types instead.");
            else if (type.Name == schema.SubscriptionTypeName)
                log.Error(Code, schema, field, $"The subscription field {type.Name}.{field.Name} is @shareable, but a subscription can only come from one source schema. Remove @shareable.");
        }
    }
}
