using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.FieldSelection;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>The <c>field</c> of @is on a lookup argument must be a field selection map the gateway can read.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Is-Invalid-Syntax"/>
public sealed class IsInvalidSyntaxRule : ISourceSchemaRule
{
    public string Code => "IS_INVALID_SYNTAX";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var (type, field, argument) in schema.FieldArguments().Where(a => a.Field.IsLookup()))
        {
            if (argument.IsMap() is not { } map || FieldSelectionMap.TryParse(map, out var error) is not null) continue;
            log.Error(Code, schema.Name, argument.Directive(CompositeDirectives.Is)!.Location,
                $"The @is(field: \"{map}\") on {SourceSchemaElements.Coordinate(type, field, argument)} is not a valid field selection map: {error}. Write a path to the field the argument stands for, e.g. \"identificatie\" or \"adres.postcode\".");
        }
    }
}
