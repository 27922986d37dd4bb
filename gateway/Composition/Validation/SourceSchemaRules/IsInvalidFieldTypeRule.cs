using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>The <c>field</c> of @is is a field selection map, written as a string.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Is-Invalid-Field-Type"/>
public sealed class IsInvalidFieldTypeRule : ISourceSchemaRule
{
    public string Code => "IS_INVALID_FIELD_TYPE";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var (type, field, argument) in schema.FieldArguments())
        {
            if (argument.Directive(CompositeDirectives.Is) is not { } directive || !directive.HasNonStringArgument("field")) continue;
            log.Error(Code, schema.Name, directive.Location,
                $"The @is on {SourceSchemaElements.Coordinate(type, field, argument)} has a 'field' that is not a string. Write the field selection map in quotes, e.g. @is(field: \"{argument.Name}\").");
        }
    }
}
