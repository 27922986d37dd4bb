using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>
/// A lookup argument is (part of) the entity's stable key, which is a plain field value: the @is map that
/// says which field cannot pass arguments to it.
/// </summary>
public sealed class IsFieldsHasArgumentsRule : ISourceSchemaRule
{
    public string Code => "IS_FIELDS_HAS_ARGUMENTS";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var (type, field, argument) in schema.FieldArguments())
        {
            if (argument.IsMap() is not { } map) continue;
            SelectionMapText.TryParse(map, out var suppliesArguments, out _);
            if (!suppliesArguments) continue;
            log.Error(Code, schema.Name, argument.Directive(CompositeDirectives.Is)!.Location,
                $"The @is(field: \"{map}\") on {SourceSchemaElements.Coordinate(type, field, argument)} passes arguments to a field. Map the argument to a field without arguments, since a key is a plain field value.");
        }
    }
}
