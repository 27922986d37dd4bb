using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>
/// A key field may take constant arguments, e.g. <c>@key(fields: "id(scope: LOCAL)")</c>: the constants fix which
/// value identifies the entity. They must be arguments of the field and literals of their types, and the field's
/// required arguments must all be given, or the gateway could not select the key.
/// </summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Key-Invalid-Arguments"/>
public sealed class KeyInvalidArgumentsRule : ISourceSchemaRule
{
    public string Code => "KEY_INVALID_ARGUMENTS";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var key in ParsedSelections.Keys(schema))
            foreach (var selected in SelectionSetWalker.Walk(schema, key.Type, key.Selection))
            {
                // A field the type lacks is KEY_INVALID_FIELDS' finding.
                if (selected.Definition is null) continue;
                if (SelectedArguments.Problem(schema, selected.Coordinate, selected.Definition, selected.Selection.Arguments?.Items ?? []) is not { } problem) continue;
                log.Error(Code, schema.Name, key.Directive.Location,
                    $"The @key(fields: \"{key.Fields}\") on {key.Type.Name} cannot select its fields: {problem}. Pass each argument the field requires, as a constant of its type, and no others.");
            }
    }
}
