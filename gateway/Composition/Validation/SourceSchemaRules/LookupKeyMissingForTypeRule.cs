using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.FieldSelection;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>
/// Every argument of a lookup must map to a field of every object type the lookup can return: by its name,
/// or by an @is alternative that applies to that type. Otherwise the gateway cannot fill the argument for
/// an entity of that type.
/// </summary>
public sealed class LookupKeyMissingForTypeRule : ISourceSchemaRule
{
    public string Code => "LOOKUP_KEY_MISSING_FOR_TYPE";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var (type, field, argument) in schema.FieldArguments().Where(a => a.Field.IsLookup()))
        {
            var map = argument.IsMap();
            var parsed = map is null ? null : SelectionMapText.TryParse(map, out _, out _);
            // An @is that does not parse is IS_INVALID_SYNTAX's finding, not a missing key.
            if (map is not null && parsed is null) continue;

            foreach (var possibleType in schema.PossibleTypes(field.Type.NamedType))
            {
                if (IsArgumentMappable(schema, argument, parsed, possibleType)) continue;
                var how = map is null ? $"has no field '{argument.Name}'" : $"is not covered by @is(field: \"{map}\")";
                log.Error(Code, schema, argument,
                    $"The lookup argument {SourceSchemaElements.Coordinate(type, field, argument)} cannot be filled for {possibleType.Name}: {possibleType.Name} {how}. Map the argument to a field of {possibleType.Name} with @is, or narrow the lookup's return type.");
            }
        }
    }

    private static bool IsArgumentMappable(SchemaModel schema, InputValueDefinition argument, SelectedValue? map, ComplexTypeDefinition possibleType)
        => map is null
            ? possibleType.Fields.Contains(argument.Name)
            : SelectionMapCoverage.Admits(schema, map, possibleType);
}
