using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>A key is a plain set of fields; directives inside it are not supported.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Key-Directive-in-Fields-Argument"/>
public sealed class KeyDirectiveInFieldsArgumentRule : ISourceSchemaRule
{
    public string Code => "KEY_DIRECTIVE_IN_FIELDS_ARGUMENT";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var key in ParsedSelections.Keys(schema).Where(k => SelectionSetWalker.HasDirectives(k.Selection)))
            log.Error(Code, schema.Name, key.Directive.Location,
                $"The @key(fields: \"{key.Fields}\") on {key.Type.Name} applies a directive inside the selection. Remove the directive; a key is a plain set of fields.");
    }
}
