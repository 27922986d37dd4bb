using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>The <c>fields</c> of @provides is a selection set, written as a string.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Provides-Invalid-Fields-Type"/>
public sealed class ProvidesInvalidFieldsTypeRule : ISourceSchemaRule
{
    public string Code => "PROVIDES_INVALID_FIELDS_TYPE";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var (type, field) in schema.Fields())
        {
            if (field.Directive(CompositeDirectives.Provides) is not { } provides || !provides.HasNonStringArgument("fields")) continue;
            log.Error(Code, schema.Name, provides.Location,
                $"The @provides on {type.Name}.{field.Name} has a 'fields' that is not a string. Write the provided fields in quotes, e.g. @provides(fields: \"naam\").");
        }
    }
}
