using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>A @provides selection is a plain set of fields; directives inside it are not supported.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Provides-Directive-in-Fields-Argument"/>
public sealed class ProvidesDirectiveInFieldsArgumentRule : ISourceSchemaRule
{
    public string Code => "PROVIDES_DIRECTIVE_IN_FIELDS_ARGUMENT";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var provides in ParsedSelections.Provides(schema).Where(p => SelectionSetWalker.HasDirectives(p.Selection)))
            log.Error(Code, schema.Name, provides.Directive.Location,
                $"The @provides(fields: \"{provides.Fields}\") on {provides.Type.Name}.{provides.Field.Name} applies a directive inside the selection. Remove the directive; @provides lists plain fields.");
    }
}
