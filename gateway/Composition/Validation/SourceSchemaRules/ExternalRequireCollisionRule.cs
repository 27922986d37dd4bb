using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>An @external field is not resolved here, so it has no use for data it would @require.</summary>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec-External-Require-Collision"/>
public sealed class ExternalRequireCollisionRule : ISourceSchemaRule
{
    public string Code => "EXTERNAL_REQUIRE_COLLISION";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var (type, field, argument) in schema.FieldArguments().Where(a => a.Field.IsExternal() && a.Argument.HasDirective(CompositeDirectives.Require)))
            log.Error(Code, schema, argument,
                $"The argument {SourceSchemaElements.Coordinate(type, field, argument)} has @require, but its field is @external. Remove @require, or remove @external if this schema resolves the field.");
    }
}
