using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Model;

namespace FederatedGraph.Composition.Validation.SourceSchemaRules;

/// <summary>
/// A lookup's arguments are the key the gateway already has before the entity exists; @require reads data of
/// an existing parent, which a lookup does not have.
/// </summary>
/// <remarks>
/// FederatedGraph's own rule, the @require counterpart of the spec's IS_INVALID_USAGE: the spec names none, and the
/// gateway cannot fill such an argument.
/// </remarks>
/// <seealso href="https://graphql.github.io/composite-schemas-spec/draft/#sec--require"/>
public sealed class RequireInvalidUsageRule : ISourceSchemaRule
{
    public string Code => "REQUIRE_INVALID_USAGE";

    public void Validate(SchemaModel schema, CompositionLog log)
    {
        foreach (var (type, field, argument) in schema.FieldArguments().Where(a => a.Field.IsLookup()))
        {
            if (argument.Directive(CompositeDirectives.Require) is not { } directive) continue;
            log.Error(Code, schema.Name, directive.Location,
                $"The lookup argument {SourceSchemaElements.Coordinate(type, field, argument)} has @require. Remove @require: a lookup argument is a key field, mapped by its name or with @is.");
        }
    }
}
