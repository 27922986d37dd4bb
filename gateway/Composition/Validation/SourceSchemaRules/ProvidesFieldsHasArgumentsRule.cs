using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>
/// A resolver cannot provide a field for arguments the client picks later: provided fields may only have
/// @require'd arguments, and the selection cannot pass any.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Provides-Fields-Has-Arguments"/>
public sealed class ProvidesFieldsHasArgumentsRule : ISourceSchemaRule
{
    public string Code => "PROVIDES_FIELDS_HAS_ARGUMENTS";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var provides in ParsedSelections.Provides(schema))
            foreach (var selected in SelectionSetWalker.Walk(schema, provides.ReturnType, provides.Selection))
            {
                var where = $"The @provides(fields: \"{provides.Fields}\") on {provides.Type.Name}.{provides.Field.Name}";
                if (selected.Definition?.Arguments.FirstOrDefault(a => !a.HasDirective(CompositeDirectives.Require)) is { } argument)
                    log.Error(Code, schema.Name, provides.Directive.Location,
                        $"{where} selects {selected.Coordinate}, which has the argument '{argument.Name}'. Provide only fields without arguments (other than @require'd ones).");
                else if (selected.Selection.Arguments is { Count: > 0 })
                    log.Error(Code, schema.Name, provides.Directive.Location,
                        $"{where} passes arguments to {selected.Coordinate}. Remove the arguments; the client chooses them at query time.");
            }
    }
}
