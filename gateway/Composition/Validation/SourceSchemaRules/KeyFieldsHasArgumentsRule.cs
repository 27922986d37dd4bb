using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>
/// The gateway resolves key fields without arguments: a key selection cannot pass any, and cannot select a
/// field that needs one (a non-null argument without default that is not @require'd).
/// </summary>
public sealed class KeyFieldsHasArgumentsRule : ISourceSchemaRule
{
    public string Code => "KEY_FIELDS_HAS_ARGUMENTS";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var key in ParsedSelections.Keys(schema))
            foreach (var selected in SelectionSetWalker.Walk(schema, key.Type, key.Selection))
            {
                if (selected.Selection.Arguments is { Count: > 0 })
                    log.Error(Code, schema.Name, key.Directive.Location,
                        $"The @key(fields: \"{key.Fields}\") on {key.Type.Name} passes arguments to {selected.Coordinate}. Remove the arguments; key fields are resolved without them.");
                else if (selected.Definition?.Arguments.FirstOrDefault(IsRequired) is { } required)
                    log.Error(Code, schema.Name, key.Directive.Location,
                        $"The @key(fields: \"{key.Fields}\") on {key.Type.Name} selects {selected.Coordinate}, which needs the argument '{required.Name}'. Make '{required.Name}' nullable or give it a default, or key on another field.");
            }
    }

    private static bool IsRequired(InputValueDefinition argument)
        => argument.Type.IsNonNull && argument.DefaultValue is null && !argument.HasDirective(CompositeDirectives.Require);
}
