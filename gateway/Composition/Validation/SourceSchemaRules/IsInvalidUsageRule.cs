using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>@is maps a lookup argument to the entity's field; on any other field it means nothing.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-Is-Invalid-Usage"/>
public sealed class IsInvalidUsageRule : ISourceSchemaRule
{
    public string Code => "IS_INVALID_USAGE";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var (type, field, argument) in schema.FieldArguments().Where(a => !a.Field.IsLookup()))
        {
            if (argument.Directive(CompositeDirectives.Is) is not { } directive) continue;
            log.Error(Code, schema.Name, directive.Location,
                $"The argument {SourceSchemaElements.Coordinate(type, field, argument)} has @is, but {type.Name}.{field.Name} is not a @lookup. Add @lookup to the field, or remove @is.");
        }
    }
}
