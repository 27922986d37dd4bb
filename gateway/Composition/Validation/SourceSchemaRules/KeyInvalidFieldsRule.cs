using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>A key can only consist of fields the entity type (and the types below it) actually has.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Key-Invalid-Fields"/>
public sealed class KeyInvalidFieldsRule : ISourceSchemaRule
{
    public string Code => "KEY_INVALID_FIELDS";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var key in ParsedSelections.Keys(schema))
            foreach (var problem in SelectionSetWalker.Problems(schema, key.Type, key.Selection))
                log.Error(Code, schema.Name, key.Directive.Location,
                    $"The @key(fields: \"{key.Fields}\") on {key.Type.Name} is not valid: {problem}. Select only existing fields of {key.Type.Name}.");
    }
}
