using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.FieldSelection;
using FederatedGraph.Composition.Model;
using GraphQLParser.AST;

namespace FederatedGraph.Composition.Apollo;

/// <summary>
/// Apollo subgraphs only: the fields a <c>@requires</c> names must be <c>@external</c> in the requiring subgraph,
/// since the gateway fetches them elsewhere and passes them in the representation (Apollo's rule of the same name).
/// Composite Schemas has no <c>@requires</c>, so no rule of its own covers this; <see cref="SubgraphReader"/> runs it
/// (it is not among the Composite Schemas rules, whose list names the spec's).
/// </summary>
internal static class RequiresFieldsMissingExternalRule
{
    public const string Code = "REQUIRES_FIELDS_MISSING_EXTERNAL";

    public static void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var (coordinate, fields) in schema.Apollo?.Requires ?? [])
        {
            var separator = coordinate.IndexOf('.');
            if (schema.Types[coordinate[..separator]] is not ComplexTypeDefinition type || type.Fields[coordinate[(separator + 1)..]] is not { } field) continue;
            if (FieldSelectionSet.TryParse(fields, out var error) is not { } selection)
            {
                log.Error(Code, schema, field, $"@requires(fields: \"{fields}\") on {coordinate} is not a selection set: {error}. Fix the selection.");
                continue;
            }
            foreach (var name in selection.Selections.OfType<GraphQLField>().Select(f => f.Name.StringValue))
            {
                if (type.Fields[name] is not { } required)
                    log.Error(Code, schema, field, $"@requires on {coordinate} names {name}, which {type.Name} does not declare here. Declare it with @external.");
                else if (!required.IsExternal())
                    log.Error(Code, schema, field, $"@requires on {coordinate} names {type.Name}.{name}, which is not @external here. Mark it @external (another subgraph resolves it).");
            }
        }
    }
}
