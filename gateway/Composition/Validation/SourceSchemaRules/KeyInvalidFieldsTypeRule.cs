using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>The <c>fields</c> of @key is a selection set, written as a string.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Key-Invalid-Fields-Type"/>
public sealed class KeyInvalidFieldsTypeRule : ISourceSchemaRule
{
    public string Code => "KEY_INVALID_FIELDS_TYPE";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var type in schema.ComplexTypes)
            foreach (var key in type.Keys().Where(k => k.HasNonStringArgument("fields")))
                log.Error(Code, schema.Name, key.Location,
                    $"The @key on {type.Name} has a 'fields' that is not a string. Write the key fields in quotes, e.g. @key(fields: \"id\").");
    }
}
