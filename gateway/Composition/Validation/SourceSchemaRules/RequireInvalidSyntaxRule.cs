using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.FieldSelection;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>The <c>field</c> of @require must be a field selection map the gateway can read.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Require-Invalid-Syntax"/>
public sealed class RequireInvalidSyntaxRule : ISourceSchemaRule
{
    public string Code => "REQUIRE_INVALID_SYNTAX";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var (type, field, argument) in schema.FieldArguments())
        {
            if (argument.RequireMap() is not { } map || FieldSelectionMap.TryParse(map, out var error) is not null) continue;
            log.Error(Code, schema.Name, argument.Directive(CompositeDirectives.Require)!.Location,
                $"The @require(field: \"{map}\") on {SourceSchemaElements.Coordinate(type, field, argument)} is not a valid field selection map: {error}. Write a path to the required field of {type.Name}, e.g. \"oppervlakte\" or \"adres.postcode\".");
        }
    }
}
