using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>
/// @provides says "on this path I also return these fields I otherwise leave to others"; a field the schema
/// resolves itself everywhere (not @external) needs no providing.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Provides-Fields-Missing-External"/>
public sealed class ProvidesFieldsMissingExternalRule : ISourceSchemaRule
{
    public string Code => "PROVIDES_FIELDS_MISSING_EXTERNAL";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var provides in ParsedSelections.Provides(schema).Where(p => p.Type.Kind == TypeKind.Object))
            foreach (var selected in SelectionSetWalker.Walk(schema, provides.ReturnType, provides.Selection))
            {
                if (selected.Definition is not { } field || field.IsExternal()) continue;
                log.Error(Code, schema.Name, provides.Directive.Location,
                    $"The @provides(fields: \"{provides.Fields}\") on {provides.Type.Name}.{provides.Field.Name} selects {selected.Coordinate}, which is not @external. Mark {selected.Coordinate} @external, or leave it out of @provides since this schema always resolves it.");
            }
    }
}
