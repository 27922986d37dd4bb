using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.FieldSelection;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>The <c>fields</c> of @key must be a selection set the gateway can read.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Key-Invalid-Syntax"/>
public sealed class KeyInvalidSyntaxRule : ISourceSchemaRule
{
    public string Code => "KEY_INVALID_SYNTAX";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var type in schema.ComplexTypes)
            foreach (var key in type.Keys())
            {
                if (key.StringArgument("fields") is not { } fields || FieldSelectionSet.TryParse(fields, out var error) is not null) continue;
                log.Error(Code, schema.Name, key.Location,
                    $"The @key(fields: \"{fields}\") on {type.Name} is not a valid selection set: {error}. Write the key fields as in a query, e.g. \"identificatie\" or \"gemeente {{ code }}\".");
            }
    }
}
