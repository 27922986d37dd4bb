using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>The <c>field</c> of @require is a field selection map, written as a string.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Require-Invalid-Fields-Type"/>
public sealed class RequireInvalidFieldTypeRule : ISourceSchemaRule
{
    public string Code => "REQUIRE_INVALID_FIELD_TYPE";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var (type, field, argument) in schema.FieldArguments())
        {
            if (argument.Directive(CompositeDirectives.Require) is not { } directive || !directive.HasNonStringArgument("field")) continue;
            log.Error(Code, schema.Name, directive.Location,
                $"The @require on {SourceSchemaElements.Coordinate(type, field, argument)} has a 'field' that is not a string. Write the field selection map in quotes, e.g. @require(field: \"{argument.Name}\").");
        }
    }
}
